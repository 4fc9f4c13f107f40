// Generated from providers/companycam.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List checklists across projects, most recently updated first. */
        get: operations["listChecklists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the company the token belongs to. */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's user groups in alphabetical order. */
        get: operations["listGroups"];
        put?: never;
        /** Create a user group, optionally with its members. */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one group with its members. */
        get: operations["getGroup"];
        /** Rename a group or replace its members. */
        put: operations["updateGroup"];
        post?: never;
        /** Delete a group. */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List photos across all projects, newest capture first, with optional project, user, group, tag and date filters. */
        get: operations["listPhotos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one photo with its image URLs. */
        get: operations["getPhoto"];
        /** Mark a photo as internal (kept out of marketing use) or not. */
        put: operations["updatePhoto"];
        post?: never;
        /** Delete a photo. */
        delete: operations["deletePhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects, most recently active first, optionally searched by name or address. */
        get: operations["listProjects"];
        put?: never;
        /** Create a project at an address or coordinates, optionally with a geofence and primary contact. */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project. */
        get: operations["getProject"];
        /** Change a project's name, address, coordinates or geofence. */
        put: operations["updateProject"];
        post?: never;
        /** Delete a project. */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/projects/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Archive a project, hiding it from active lists without deleting it. */
        patch: operations["archiveProject"];
        trace?: never;
    };
    "/v2/projects/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bring an archived or deleted project back. */
        put: operations["restoreProject"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/projects/{project_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a project's comments, newest first. */
        get: operations["listProjectComments"];
        put?: never;
        /** Post a comment on a project. */
        post: operations["createProjectComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/projects/{project_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the documents attached to a project. */
        get: operations["listProjectDocuments"];
        put?: never;
        /** Attach a document to a project, sent as base64 in JSON (30 MB at most). */
        post: operations["uploadProjectDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/projects/{project_id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the labels on a project in alphabetical order. */
        get: operations["listProjectLabels"];
        put?: never;
        /** Attach labels to a project by name, creating labels that do not exist yet. */
        post: operations["addProjectLabels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/projects/{project_id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the photos taken at a project, newest capture first, with optional date, user, group and tag filters. */
        get: operations["listProjectPhotos"];
        put?: never;
        /** Add a photo to a project from a publicly reachable image URL. */
        post: operations["createProjectPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's tags in alphabetical order. */
        get: operations["listTags"];
        put?: never;
        /** Create a tag. */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one tag. */
        get: operations["getTag"];
        /** Rename a tag. */
        put: operations["updateTag"];
        post?: never;
        /** Delete a tag. */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's users in alphabetical order. */
        get: operations["listUsers"];
        put?: never;
        /** Add a user to the company. */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user the token acts for. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user. */
        get: operations["getUser"];
        /** Change a user's name, email, phone number or password. */
        put: operations["updateUser"];
        post?: never;
        /** Remove a user from the company. */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhooks registered for the company. */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a URL to receive events of the given scopes. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one webhook. */
        get: operations["getWebhook"];
        /** Change a webhook's URL, scopes, secret or enabled state. */
        put: operations["updateWebhook"];
        post?: never;
        /** Remove a webhook. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddProjectLabelsRequest: {
            project: {
                labels: string[];
            };
        };
        AddProjectLabelsResponse: components["schemas"]["ListProjectLabelsResponseTag"] | components["schemas"]["ListProjectLabelsResponseTag"][];
        ArchiveProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        CreateGroupRequest: {
            group: {
                name?: string;
                /** @description Ids of the member users. */
                users?: string[];
            };
        };
        CreateGroupResponse: components["schemas"]["ListGroupsResponseGroup"];
        CreateProjectCommentRequest: {
            comment: {
                /** @description The comment text; line breaks are kept. */
                content: string;
            };
        };
        CreateProjectCommentResponse: components["schemas"]["ListProjectCommentsResponseComment"];
        CreateProjectPhotoRequest: {
            photo: {
                /**
                 * Format: uri
                 * @description Address CompanyCam downloads the image from.
                 */
                uri: string;
                /** @description When the photo was taken, in Unix seconds. */
                captured_at: number;
                coordinates?: components["schemas"]["ListProjectsResponseProjectCoordinates"];
                description?: string;
                /** @description Tag names to attach. */
                tags?: string[];
            };
        };
        CreateProjectPhotoResponse: components["schemas"]["ListProjectPhotosResponsePhoto"];
        CreateProjectRequest: {
            name?: string;
            address?: {
                street_address_1?: string;
                street_address_2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
            };
            coordinates?: components["schemas"]["ListProjectsResponseProjectCoordinates"];
            /** @description Corner points of the area the project covers. */
            geofence?: components["schemas"]["ListProjectsResponseProjectCoordinates"][];
            primary_contact?: {
                name: string;
                email?: string;
                phone_number?: string;
            };
        };
        CreateProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        CreateTagRequest: {
            tag: {
                /** @description The tag's name as shown. */
                display_value: string;
            };
        };
        CreateTagResponse: components["schemas"]["ListProjectLabelsResponseTag"];
        CreateUserRequest: {
            user: {
                first_name?: string;
                last_name?: string;
                /** Format: email */
                email_address: string;
                phone_number?: string;
                password?: string;
                /**
                 * @default standard
                 * @enum {string}
                 */
                user_role?: "standard" | "restricted";
            };
        };
        CreateUserResponse: components["schemas"]["GetCurrentUserResponse"];
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description Where events are delivered.
             */
            url?: string;
            /** @description Event scopes to deliver; '*' subscribes to every event. */
            scopes?: string[];
            enabled?: boolean;
            /** @description Secret CompanyCam uses to sign each delivery. */
            token?: string;
        };
        CreateWebhookResponse: components["schemas"]["ListWebhooksResponseWebhook"];
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
        GetCompanyResponse: {
            id?: string;
            name?: string;
            /** @enum {string} */
            status?: "active" | "cancelled" | "deleted";
            address?: components["schemas"]["GetCompanyResponseAddress"];
            logo?: components["schemas"]["GetCompanyResponseLogoItem"][];
        };
        GetCompanyResponseAddress: {
            street_address_1?: string | null;
            street_address_2?: string | null;
            city?: string | null;
            state?: string | null;
            postal_code?: string | null;
            country?: string | null;
        };
        GetCompanyResponseLogoItem: {
            type?: string;
            uri?: string;
            url?: string;
        };
        GetCurrentUserResponse: {
            id?: string;
            company_id?: string;
            email_address?: string;
            /** @enum {string} */
            status?: "active" | "deleted";
            first_name?: string;
            last_name?: string;
            profile_image?: components["schemas"]["GetCompanyResponseLogoItem"][];
            phone_number?: string | null;
            /** @description Unix seconds. */
            created_at?: number;
            /** @description Unix seconds. */
            updated_at?: number;
            user_url?: string;
        };
        GetGroupResponse: components["schemas"]["ListGroupsResponseGroup"];
        GetPhotoResponse: components["schemas"]["ListProjectPhotosResponsePhoto"];
        GetProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        GetTagResponse: components["schemas"]["ListProjectLabelsResponseTag"];
        GetUserResponse: components["schemas"]["GetCurrentUserResponse"];
        GetWebhookResponse: components["schemas"]["ListWebhooksResponseWebhook"];
        ListChecklistsResponse: {
            id?: string;
            company_id?: string;
            project_id?: string;
            name?: string;
            created_at?: number;
            updated_at?: number;
            completed_at?: number | null;
            creator_id?: string;
            checklist_template_id?: string | null;
            is_populating?: boolean;
            sectionless_tasks?: Record<string, unknown>[];
            sections?: Record<string, unknown>[];
        }[];
        ListGroupsResponse: components["schemas"]["ListGroupsResponseGroup"][];
        ListGroupsResponseGroup: {
            id?: string;
            company_id?: string;
            name?: string;
            users?: components["schemas"]["GetCurrentUserResponse"][];
            /** @enum {string} */
            status?: "active" | "deleted";
            group_url?: string;
            created_at?: number;
            updated_at?: number;
        };
        ListPhotosResponse: components["schemas"]["ListProjectPhotosResponsePhoto"][];
        ListProjectCommentsResponse: components["schemas"]["ListProjectCommentsResponseComment"][];
        ListProjectCommentsResponseComment: {
            id?: string;
            creator_id?: string;
            creator_type?: string;
            creator_name?: string;
            commentable_id?: string;
            commentable_type?: string;
            status?: string;
            content?: string;
            created_at?: number;
            updated_at?: number;
        };
        ListProjectDocumentsResponse: components["schemas"]["ListProjectDocumentsResponseDocument"][];
        ListProjectDocumentsResponseDocument: {
            id?: string;
            creator_id?: string;
            creator_type?: string;
            creator_name?: string;
            project_id?: string;
            name?: string;
            url?: string;
            content_type?: string;
            byte_size?: number;
            created_at?: number;
            updated_at?: number;
        };
        ListProjectLabelsResponse: components["schemas"]["ListProjectLabelsResponseTag"][];
        ListProjectLabelsResponseTag: {
            id?: string;
            company_id?: string;
            display_value?: string;
            /** @description Lower-case form of display_value. */
            value?: string;
            created_at?: number;
            updated_at?: number;
        };
        ListProjectPhotosResponse: components["schemas"]["ListProjectPhotosResponsePhoto"][];
        ListProjectPhotosResponsePhoto: {
            id?: string;
            company_id?: string;
            creator_id?: string;
            creator_type?: string;
            creator_name?: string;
            project_id?: string;
            /** @enum {string} */
            processing_status?: "pending" | "processing" | "processed" | "processing_error" | "duplicate";
            /** @enum {string} */
            status?: "active" | "deleted";
            coordinates?: components["schemas"]["ListProjectsResponseProjectCoordinates"];
            uris?: components["schemas"]["GetCompanyResponseLogoItem"][];
            hash?: string;
            description?: string;
            internal?: boolean;
            photo_url?: string;
            captured_at?: number;
            created_at?: number;
            updated_at?: number;
        };
        ListProjectsResponse: components["schemas"]["ListProjectsResponseProject"][];
        ListProjectsResponseProject: {
            id?: string;
            company_id?: string;
            creator_id?: string;
            creator_type?: string;
            creator_name?: string;
            /** @enum {string} */
            status?: "active" | "deleted";
            archived?: boolean;
            name?: string | null;
            address?: components["schemas"]["GetCompanyResponseAddress"];
            coordinates?: components["schemas"]["ListProjectsResponseProjectCoordinates"];
            featured_image?: components["schemas"]["GetCompanyResponseLogoItem"][];
            project_url?: string;
            embedded_project_url?: string;
            integrations?: {
                type?: string;
                relation_id?: string;
            }[];
            slug?: string;
            public?: boolean;
            geofence?: components["schemas"]["ListProjectsResponseProjectCoordinates"][];
            primary_contact?: {
                id?: string;
                name?: string;
                email?: string;
                phone_number?: string;
            };
            notepad?: string;
            created_at?: number;
            updated_at?: number;
        };
        ListProjectsResponseProjectCoordinates: {
            lat: number;
            lon: number;
        };
        ListTagsResponse: components["schemas"]["ListProjectLabelsResponseTag"][];
        ListUsersResponse: components["schemas"]["GetCurrentUserResponse"][];
        ListWebhooksResponse: components["schemas"]["ListWebhooksResponseWebhook"][];
        ListWebhooksResponseWebhook: {
            id?: string;
            company_id?: string;
            url?: string;
            scopes?: string[];
            /** @description Secret used to sign deliveries. */
            token?: string;
            enabled?: boolean;
            created_at?: number;
            updated_at?: number;
        };
        RestoreProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        UpdateGroupRequest: components["schemas"]["CreateGroupRequest"];
        UpdateGroupResponse: components["schemas"]["ListGroupsResponseGroup"];
        UpdatePhotoRequest: {
            photo: {
                internal?: boolean;
            };
        };
        UpdatePhotoResponse: components["schemas"]["ListProjectPhotosResponsePhoto"];
        UpdateProjectRequest: {
            name?: string;
            address?: {
                street_address_1?: string;
                street_address_2?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
            };
            coordinates?: components["schemas"]["ListProjectsResponseProjectCoordinates"];
            geofence?: components["schemas"]["ListProjectsResponseProjectCoordinates"][];
        };
        UpdateProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        UpdateTagRequest: components["schemas"]["CreateTagRequest"];
        UpdateTagResponse: components["schemas"]["ListProjectLabelsResponseTag"];
        UpdateUserRequest: {
            first_name?: string;
            last_name?: string;
            /** Format: email */
            email_address?: string;
            phone_number?: string;
            password?: string;
        };
        UpdateUserResponse: components["schemas"]["GetCurrentUserResponse"];
        UpdateWebhookRequest: components["schemas"]["CreateWebhookRequest"];
        UpdateWebhookResponse: components["schemas"]["ListWebhooksResponseWebhook"];
        UploadProjectDocumentRequest: {
            document: {
                /** @description File name including its extension. */
                name: string;
                /** @description The file's bytes in base64. */
                attachment: string;
            };
        };
        UploadProjectDocumentResponse: components["schemas"]["ListProjectDocumentsResponseDocument"];
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
        /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChecklists: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description true for completed checklists only; false for open ones only. */
                completed?: boolean;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListChecklistsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "group": {
                 *         "name": "The Psych Crew",
                 *         "users": [
                 *           "2789583992"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
                    "application/json": components["schemas"]["GetGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "group": {
                 *         "name": "Roofing Crew"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
    listPhotos: {
        parameters: {
            query?: {
                /** @description Page to return; not combinable with after or before. */
                page?: number;
                /** @description Photos per page. */
                per_page?: number;
                /** @description Cursor from the X-Next-Cursor header for the following page. */
                after?: string;
                /** @description Cursor from the X-Prev-Cursor header for the preceding page. */
                before?: string;
                /** @description Only photos captured at or after this Unix timestamp. */
                start_date?: string;
                /** @description Only photos captured at or before this Unix timestamp. */
                end_date?: string;
                /** @description Only photos taken by these users. */
                user_ids?: number[];
                /** @description Only photos taken by members of these groups. */
                group_ids?: number[];
                /** @description Only photos carrying one of these tags. */
                tag_ids?: number[];
                /** @description Only photos from these projects. */
                project_ids?: number[];
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPhotosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPhoto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
                    "application/json": components["schemas"]["GetPhotoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePhoto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "photo": {
                 *         "internal": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePhotoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePhotoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePhoto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
    listProjects: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description Text matched against the project name and first address line. */
                query?: string;
                /** @description Only projects changed at or after this ISO 8601 date and time. */
                modified_since?: string;
                /** @description Only projects in this status (for example active). */
                status?: string;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Psych Office",
                 *       "address": {
                 *         "street_address_1": "808 P St",
                 *         "city": "Lincoln",
                 *         "state": "NE",
                 *         "postal_code": "68508",
                 *         "country": "US"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
                    "application/json": components["schemas"]["GetProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Psych Office (phase 2)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProjectRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
    archiveProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
                    "application/json": components["schemas"]["ArchiveProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    restoreProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
                    "application/json": components["schemas"]["RestoreProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProjectComments: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the project. */
                project_id: string;
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
                    "application/json": components["schemas"]["ListProjectCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProjectComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the project. */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": {
                 *         "content": "Crew arrives Monday at 8."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProjectCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProjectDocuments: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the project. */
                project_id: string;
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
                    "application/json": components["schemas"]["ListProjectDocumentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadProjectDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the project. */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document": {
                 *         "name": "test.txt",
                 *         "attachment": "VGVzdAo="
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UploadProjectDocumentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadProjectDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProjectLabels: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the project. */
                project_id: string;
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
                    "application/json": components["schemas"]["ListProjectLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addProjectLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the project. */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project": {
                 *         "labels": [
                 *           "roofing",
                 *           "insurance claim"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AddProjectLabelsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddProjectLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProjectPhotos: {
        parameters: {
            query?: {
                /** @description Page to return; not combinable with after or before. */
                page?: number;
                /** @description Photos per page. */
                per_page?: number;
                /** @description Cursor from the X-Next-Cursor header for the following page. */
                after?: string;
                /** @description Cursor from the X-Prev-Cursor header for the preceding page. */
                before?: string;
                /** @description Only photos captured at or after this Unix timestamp. */
                start_date?: string;
                /** @description Only photos captured at or before this Unix timestamp. */
                end_date?: string;
                /** @description Only photos taken by these users. */
                user_ids?: number[];
                /** @description Only photos taken by members of these groups. */
                group_ids?: number[];
                /** @description Only photos carrying one of these tags. */
                tag_ids?: number[];
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the project. */
                project_id: string;
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
                    "application/json": components["schemas"]["ListProjectPhotosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProjectPhoto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the project. */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "photo": {
                 *         "uri": "https://example.com/roof.jpg",
                 *         "captured_at": 1637770053,
                 *         "tags": [
                 *           "roof"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectPhotoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProjectPhotoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTagsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tag": {
                 *         "display_value": "Front Side"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
                    "application/json": components["schemas"]["GetTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tag": {
                 *         "display_value": "Back Side"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
    listUsers: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUsersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user": {
                 *         "first_name": "Shawn",
                 *         "last_name": "Spencer",
                 *         "email_address": "shawn@example.com",
                 *         "user_role": "standard"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateUserResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
                    "application/json": components["schemas"]["GetUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone_number": "4025551212"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Email of the CompanyCam user to record as the one making the change. */
                "X-CompanyCam-User"?: string;
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWebhooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/companycam/webhook",
                 *       "scopes": [
                 *         "*"
                 *       ],
                 *       "enabled": true,
                 *       "token": "123456"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
                    "application/json": components["schemas"]["GetWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CompanyCam connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: string;
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
}
