// Generated from providers/figma.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/component_sets/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a published component set by its key. */
        get: operations["getComponentSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/components/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a published component by its key. */
        get: operations["getComponent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dev_resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename or re-point existing dev resource links. */
        put: operations["updateDevResources"];
        /** Attach dev resource links to nodes, possibly across files. */
        post: operations["createDevResources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file's document tree with its components and styles. */
        get: operations["getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on a file. */
        get: operations["listComments"];
        put?: never;
        /** Post a comment on a file, optionally pinned to a spot or as a reply. */
        post: operations["postComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your own comments. */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/comments/{comment_id}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the emoji reactions on a comment. */
        get: operations["listCommentReactions"];
        put?: never;
        /** React to a comment with an emoji. */
        post: operations["addCommentReaction"];
        /** Remove your emoji reaction from a comment. */
        delete: operations["deleteCommentReaction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/component_sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the published component sets of a library file. */
        get: operations["listFileComponentSets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the published components of a library file. */
        get: operations["listFileComponents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/dev_resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the dev resource links attached to nodes of a file (Dev Mode plans). */
        get: operations["listDevResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/dev_resources/{dev_resource_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a dev resource link from a file. */
        delete: operations["deleteDevResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get download URLs for every image used as a fill in a file. */
        get: operations["getImageFills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file's metadata (name, folder, creator, last edit, link access) without its content. */
        get: operations["getFileMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read chosen nodes of a file, each with the components and styles it uses. */
        get: operations["getFileNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/styles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the published styles of a library file. */
        get: operations["listFileStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a file's saved versions, newest first. */
        get: operations["getFileVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{file_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Render nodes of a file as images and get temporary download URLs. */
        get: operations["renderImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user the token belongs to. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/styles/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a published style by its key. */
        get: operations["getStyle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team_id}/component_sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the component sets a team has published, a page at a time. */
        get: operations["listTeamComponentSets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team_id}/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the components a team has published, a page at a time. */
        get: operations["listTeamComponents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team_id}/styles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the styles a team has published, a page at a time. */
        get: operations["listTeamStyles"];
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
        AddCommentReactionRequest: {
            /** @description Emoji shortcode such as :eyes: or :+1:. */
            emoji: string;
        };
        AddCommentReactionResponse: components["schemas"]["DeleteCommentResponse"];
        CreateDevResourcesRequest: {
            dev_resources: {
                name: string;
                url: string;
                file_key: string;
                node_id: string;
            }[];
        };
        CreateDevResourcesResponse: {
            links_created?: Record<string, unknown>[];
            errors?: {
                file_key?: string;
                node_id?: string;
                error?: string;
            }[];
        };
        DeleteCommentReactionResponse: components["schemas"]["DeleteCommentResponse"];
        DeleteCommentResponse: {
            status?: number;
            error?: boolean;
        };
        DeleteDevResourceResponse: unknown;
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
        GetComponentResponse: {
            status?: number;
            error?: boolean;
            meta?: components["schemas"]["ListFileComponentsResponseMetaComponentsItem"];
        };
        GetComponentSetResponse: {
            status?: number;
            error?: boolean;
            meta?: components["schemas"]["ListFileComponentsResponseMetaComponentsItem"];
        };
        GetFileMetaResponse: {
            file?: {
                name?: string;
                folder_name?: string;
                last_touched_at?: string;
                creator?: components["schemas"]["GetFileMetaResponseFileCreator"];
                last_touched_by?: components["schemas"]["GetFileMetaResponseFileCreator"];
                thumbnail_url?: string;
                editorType?: string;
                role?: string;
                link_access?: string;
                url?: string;
                version?: string;
            };
        };
        GetFileMetaResponseFileCreator: {
            id?: string;
            handle?: string;
            img_url?: string;
        };
        GetFileNodesResponse: {
            name?: string;
            role?: string;
            lastModified?: string;
            editorType?: string;
            thumbnailUrl?: string;
            version?: string;
            nodes?: {
                [key: string]: {
                    document?: components["schemas"]["GetFileResponseDocument"];
                    components?: Record<string, unknown>;
                    componentSets?: Record<string, unknown>;
                    styles?: Record<string, unknown>;
                    schemaVersion?: number;
                };
            };
        };
        GetFileResponse: {
            name?: string;
            role?: string;
            lastModified?: string;
            editorType?: string;
            thumbnailUrl?: string;
            version?: string;
            schemaVersion?: number;
            document?: components["schemas"]["GetFileResponseDocument"];
            components?: {
                [key: string]: Record<string, unknown>;
            };
            componentSets?: {
                [key: string]: Record<string, unknown>;
            };
            styles?: {
                [key: string]: Record<string, unknown>;
            };
            mainFileKey?: string;
            branches?: Record<string, unknown>[];
        };
        GetFileResponseDocument: {
            id?: string;
            name?: string;
            type?: string;
            visible?: boolean;
            children?: Record<string, unknown>[];
        };
        GetFileVersionsResponse: {
            versions?: {
                id?: string;
                created_at?: string;
                label?: string;
                description?: string;
                user?: components["schemas"]["GetFileMetaResponseFileCreator"];
                thumbnail_url?: string;
            }[];
            pagination?: {
                prev_page?: string;
                next_page?: string;
            };
        };
        GetImageFillsResponse: {
            error?: boolean;
            status?: number;
            meta?: {
                /** @description Download URL per image reference. */
                images?: {
                    [key: string]: string;
                };
            };
        };
        GetMeResponse: {
            id?: string;
            handle?: string;
            email?: string;
            img_url?: string;
        };
        GetStyleResponse: {
            status?: number;
            error?: boolean;
            meta?: components["schemas"]["ListFileStylesResponseMetaStylesItem"];
        };
        ListCommentReactionsResponse: {
            reactions?: {
                user?: components["schemas"]["GetFileMetaResponseFileCreator"];
                emoji?: string;
                created_at?: string;
            }[];
            pagination?: {
                /** @description URL of the previous page. */
                prev_page?: string;
                /** @description URL of the next page. */
                next_page?: string;
            };
        };
        ListCommentsResponse: {
            comments?: components["schemas"]["ListCommentsResponseCommentsItem"][];
        };
        ListCommentsResponseCommentsItem: {
            id?: string;
            file_key?: string;
            parent_id?: string;
            user?: components["schemas"]["GetFileMetaResponseFileCreator"];
            message?: string;
            client_meta?: Record<string, unknown>;
            created_at?: string;
            resolved_at?: string | null;
            order_id?: string | null;
            reactions?: Record<string, unknown>[];
        };
        ListDevResourcesResponse: {
            dev_resources?: {
                id?: string;
                name?: string;
                url?: string;
                file_key?: string;
                node_id?: string;
            }[];
        };
        ListFileComponentSetsResponse: {
            status?: number;
            error?: boolean;
            meta?: {
                component_sets?: components["schemas"]["ListFileComponentsResponseMetaComponentsItem"][];
            };
        };
        ListFileComponentsResponse: {
            status?: number;
            error?: boolean;
            meta?: {
                components?: components["schemas"]["ListFileComponentsResponseMetaComponentsItem"][];
            };
        };
        ListFileComponentsResponseMetaComponentsItem: {
            key?: string;
            file_key?: string;
            node_id?: string;
            name?: string;
            description?: string;
            thumbnail_url?: string;
            created_at?: string;
            updated_at?: string;
            user?: components["schemas"]["GetFileMetaResponseFileCreator"];
            containing_frame?: Record<string, unknown>;
        };
        ListFileStylesResponse: {
            status?: number;
            error?: boolean;
            meta?: {
                styles?: components["schemas"]["ListFileStylesResponseMetaStylesItem"][];
            };
        };
        ListFileStylesResponseMetaStylesItem: {
            key?: string;
            file_key?: string;
            node_id?: string;
            /** @enum {string} */
            style_type?: "FILL" | "TEXT" | "EFFECT" | "GRID";
            name?: string;
            description?: string;
            thumbnail_url?: string;
            sort_position?: string;
            created_at?: string;
            updated_at?: string;
            user?: components["schemas"]["GetFileMetaResponseFileCreator"];
        };
        ListTeamComponentSetsResponse: {
            status?: number;
            error?: boolean;
            meta?: {
                component_sets?: components["schemas"]["ListFileComponentsResponseMetaComponentsItem"][];
                cursor?: components["schemas"]["ListTeamComponentsResponseMetaCursor"];
            };
        };
        ListTeamComponentsResponse: {
            status?: number;
            error?: boolean;
            meta?: {
                components?: components["schemas"]["ListFileComponentsResponseMetaComponentsItem"][];
                cursor?: components["schemas"]["ListTeamComponentsResponseMetaCursor"];
            };
        };
        ListTeamComponentsResponseMetaCursor: {
            before?: number;
            after?: number;
        };
        ListTeamStylesResponse: {
            status?: number;
            error?: boolean;
            meta?: {
                styles?: components["schemas"]["ListFileStylesResponseMetaStylesItem"][];
                cursor?: components["schemas"]["ListTeamComponentsResponseMetaCursor"];
            };
        };
        PostCommentRequest: {
            /** @description The comment text. */
            message: string;
            /** @description Reply in the thread of this comment. */
            comment_id?: string;
            /** @description Where to pin it: { x, y } on the canvas, or { node_id, node_offset } on a node, or a region. */
            client_meta?: Record<string, unknown>;
        };
        PostCommentResponse: components["schemas"]["ListCommentsResponseCommentsItem"];
        RenderImagesResponse: {
            err?: string | null;
            /** @description Render URL per node id (null when the node does not exist). */
            images?: {
                [key: string]: string | null;
            };
        };
        UpdateDevResourcesRequest: {
            dev_resources: {
                id: string;
                name?: string;
                url?: string;
            }[];
        };
        UpdateDevResourcesResponse: {
            links_updated?: string[];
            /** @description The updates that failed. */
            errors?: {
                id?: string;
                error?: string;
            }[];
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
        /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getComponentSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Published key of the component, component set or style. */
                key: string;
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
                    "application/json": components["schemas"]["GetComponentSetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getComponent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Published key of the component, component set or style. */
                key: string;
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
                    "application/json": components["schemas"]["GetComponentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateDevResources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dev_resources": [
                 *         {
                 *           "id": "DEV_RESOURCE_ID",
                 *           "name": "Storybook (new)"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDevResourcesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDevResourcesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDevResources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dev_resources": [
                 *         {
                 *           "name": "Storybook",
                 *           "url": "https://example.com/storybook",
                 *           "file_key": "FILE_KEY",
                 *           "node_id": "1:2"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateDevResourcesRequest"];
            };
        };
        responses: {
            /** @description A 200 does not mean anything was created; check links_created and errors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDevResourcesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFile: {
        parameters: {
            query?: {
                /** @description Read this version of the file instead of the current one. */
                version?: string;
                /** @description Comma-separated node ids to limit the tree to (with their ancestors). */
                ids?: string;
                /** @description How deep into the tree to go (1 returns pages only). */
                depth?: number;
                /** @description paths adds vector data. */
                geometry?: "paths";
                /** @description Comma-separated plugin ids (or shared) whose data to include. */
                plugin_data?: string;
                /** @description Include metadata about the file's branches. */
                branch_data?: boolean;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["GetFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listComments: {
        parameters: {
            query?: {
                /** @description Return comment text as markdown. */
                as_md?: boolean;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["ListCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    postComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Comment text"
                 *     }
                 */
                "application/json": components["schemas"]["PostCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
                /** @description Id of the comment. */
                comment_id: string;
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
                    "application/json": components["schemas"]["DeleteCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCommentReactions: {
        parameters: {
            query?: {
                /** @description Cursor from the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
                /** @description Id of the comment. */
                comment_id: string;
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
                    "application/json": components["schemas"]["ListCommentReactionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addCommentReaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
                /** @description Id of the comment. */
                comment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emoji": ":eyes:"
                 *     }
                 */
                "application/json": components["schemas"]["AddCommentReactionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddCommentReactionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCommentReaction: {
        parameters: {
            query: {
                /** @description Shortcode of the reaction to remove, e.g. :eyes:. */
                emoji: string;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
                /** @description Id of the comment. */
                comment_id: string;
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
                    "application/json": components["schemas"]["DeleteCommentReactionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFileComponentSets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["ListFileComponentSetsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFileComponents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["ListFileComponentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDevResources: {
        parameters: {
            query?: {
                /** @description Comma-separated node ids to limit the list to. */
                node_ids?: string;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["ListDevResourcesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDevResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
                /** @description Id of the dev resource. */
                dev_resource_id: string;
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
                    "application/json": components["schemas"]["DeleteDevResourceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getImageFills: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["GetImageFillsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFileMeta: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["GetFileMetaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFileNodes: {
        parameters: {
            query: {
                /** @description Comma-separated node ids in 1:2 form. */
                ids: string;
                /** @description Read this version of the file instead of the current one. */
                version?: string;
                /** @description How deep into the tree to go (1 returns pages only). */
                depth?: number;
                /** @description paths adds vector data. */
                geometry?: "paths";
                /** @description Comma-separated plugin ids (or shared) whose data to include. */
                plugin_data?: string;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["GetFileNodesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFileStyles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["ListFileStylesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFileVersions: {
        parameters: {
            query?: {
                /** @description Versions per page. */
                page_size?: number;
                /** @description Only versions older than this version id. */
                before?: number;
                /** @description Only versions newer than this version id. */
                after?: number;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["GetFileVersionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    renderImages: {
        parameters: {
            query: {
                /** @description Comma-separated node ids to render. */
                ids: string;
                /** @description Read this version of the file instead of the current one. */
                version?: string;
                /** @description Scale factor of the render. */
                scale?: number;
                /** @description Image format. */
                format?: "jpg" | "png" | "svg" | "pdf";
                /** @description Turn text into outlines in SVG output. */
                svg_outline_text?: boolean;
                /** @description Add id attributes to SVG elements. */
                svg_include_id?: boolean;
                /** @description Add data-node-id attributes to SVG elements. */
                svg_include_node_id?: boolean;
                /** @description Simplify inside and outside strokes in SVG output. */
                svg_simplify_stroke?: boolean;
                /** @description Leave out content that overlaps the node. */
                contents_only?: boolean;
                /** @description Crop to the node's full bounds rather than its visible area. */
                use_absolute_bounds?: boolean;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key of the file, from its URL (figma.com/design/<file_key>/…); a main file key, not a branch key, for the library endpoints. */
                file_key: string;
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
                    "application/json": components["schemas"]["RenderImagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getStyle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Published key of the component, component set or style. */
                key: string;
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
                    "application/json": components["schemas"]["GetStyleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeamComponentSets: {
        parameters: {
            query?: {
                /** @description Items per page. */
                page_size?: number;
                /** @description Cursor from meta.cursor.after of the previous page. */
                after?: number;
                /** @description Cursor from meta.cursor.before to page backwards. */
                before?: number;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team, from its URL (figma.com/files/team/<team_id>/…). */
                team_id: string;
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
                    "application/json": components["schemas"]["ListTeamComponentSetsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeamComponents: {
        parameters: {
            query?: {
                /** @description Items per page. */
                page_size?: number;
                /** @description Cursor from meta.cursor.after of the previous page. */
                after?: number;
                /** @description Cursor from meta.cursor.before to page backwards. */
                before?: number;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team, from its URL (figma.com/files/team/<team_id>/…). */
                team_id: string;
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
                    "application/json": components["schemas"]["ListTeamComponentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeamStyles: {
        parameters: {
            query?: {
                /** @description Items per page. */
                page_size?: number;
                /** @description Cursor from meta.cursor.after of the previous page. */
                after?: number;
                /** @description Cursor from meta.cursor.before to page backwards. */
                before?: number;
            };
            header?: {
                /** @description Id of the Figma connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team, from its URL (figma.com/files/team/<team_id>/…). */
                team_id: string;
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
                    "application/json": components["schemas"]["ListTeamStylesResponse"];
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
