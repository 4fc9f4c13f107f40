// Generated from providers/google-workspace-admin.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/admin/directory/v1/customer/{customerId}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the domains of the Workspace account and whether each is verified. */
        get: operations["listDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/customer/{customerId}/domains/{domainName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one domain of the account. */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/customer/{customerId}/orgunits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisational units of the account, below the root or a given unit. */
        get: operations["listOrgUnits"];
        put?: never;
        /** Create an organisational unit under a parent unit. */
        post: operations["createOrgUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/customer/{customerId}/orgunits/{orgUnitPath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one organisational unit. */
        get: operations["getOrgUnit"];
        put?: never;
        post?: never;
        /** Delete an empty organisational unit. */
        delete: operations["deleteOrgUnit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/customer/{customerId}/roleassignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who holds which administrator role, optionally for one role or one user. */
        get: operations["listRoleAssignments"];
        put?: never;
        /** Give a user or group an administrator role across the account or within one org unit. */
        post: operations["createRoleAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/customer/{customerId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the administrator roles of the account, built-in and custom, with their privileges. */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the groups of the account or a domain, or the groups a given user belongs to. */
        get: operations["listGroups"];
        put?: never;
        /** Create a group with an address, name and description. */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/groups/{groupKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one group. */
        get: operations["getGroup"];
        /** Update a group's address, name or description. */
        put: operations["replaceGroup"];
        post?: never;
        /** Delete a group. */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/groups/{groupKey}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of a group, optionally only those with certain roles. */
        get: operations["listMembers"];
        put?: never;
        /** Add a user or group to a group with a role. */
        post: operations["createMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/groups/{groupKey}/members/{memberKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a member out of a group. */
        delete: operations["deleteMember"];
        options?: never;
        head?: never;
        /** Change a member's role or mail delivery setting in a group. */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/admin/directory/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search the users of the Workspace account or one of its domains. */
        get: operations["listUsers"];
        put?: never;
        /** Create a user account with a primary address, name and initial password. */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/directory/v1/users/{userKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user's profile and account status. */
        get: operations["getUser"];
        /** Update a user with the fields sent; repeated fields such as emails are replaced as a whole. */
        put: operations["replaceUser"];
        post?: never;
        /** Delete a user; the account can be restored for 20 days. */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /** Change some fields of a user, such as suspending the account. */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/admin/directory/v1/users/{userKey}/makeAdmin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant or take away super administrator rights for a user. */
        post: operations["makeUserAdmin"];
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
        CreateGroupRequest: {
            /** Format: email */
            email: string;
            name?: string;
            description?: string;
        };
        CreateGroupResponse: components["schemas"]["ListGroupsResponseGroup"];
        CreateMemberRequest: {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role?: "OWNER" | "MANAGER" | "MEMBER";
            /** @enum {string} */
            delivery_settings?: "ALL_MAIL" | "DAILY" | "DIGEST" | "DISABLED" | "NONE";
        };
        CreateMemberResponse: components["schemas"]["ListMembersResponseMember"];
        CreateOrgUnitRequest: {
            name: string;
            /** @description Path of the parent, / for the root. */
            parentOrgUnitPath?: string;
            /** @description Id of the parent (instead of its path). */
            parentOrgUnitId?: string;
            description?: string;
            blockInheritance?: boolean;
        };
        CreateOrgUnitResponse: components["schemas"]["ListOrgUnitsResponseOrgUnit"];
        CreateRoleAssignmentRequest: {
            roleId: string;
            /** @description Numeric id of the user or group receiving the role. */
            assignedTo: string;
            /** @enum {string} */
            scopeType: "CUSTOMER" | "ORG_UNIT";
            /** @description Needed when scopeType is ORG_UNIT. */
            orgUnitId?: string;
            /** @description Optional condition limiting where the role applies. */
            condition?: string;
        };
        CreateRoleAssignmentResponse: components["schemas"]["ListRoleAssignmentsResponseRoleAssignment"];
        CreateUserRequest: {
            /** Format: email */
            primaryEmail: string;
            name: components["schemas"]["ListUsersResponseUserName"];
            password: components["schemas"]["CreateUserRequestPassword"];
            hashFunction?: components["schemas"]["CreateUserRequestHashFunction"];
            changePasswordAtNextLogin?: boolean;
            orgUnitPath?: components["schemas"]["CreateUserRequestOrgUnitPath"];
            suspended?: boolean;
            recoveryEmail?: string;
            /** @description In E.164 format. */
            recoveryPhone?: string;
            includeInGlobalAddressList?: boolean;
            emails?: Record<string, unknown>[];
            phones?: Record<string, unknown>[];
            organizations?: Record<string, unknown>[];
            externalIds?: Record<string, unknown>[];
            customSchemas?: Record<string, unknown>;
        };
        /**
         * @description Set when password is sent already hashed.
         * @enum {string}
         */
        CreateUserRequestHashFunction: "MD5" | "SHA-1" | "crypt";
        /** @description Org unit to place the user in, e.g. /Engineering; the root when left out. */
        CreateUserRequestOrgUnitPath: string;
        /** @description Initial password; must meet the domain's password rules. */
        CreateUserRequestPassword: string;
        CreateUserResponse: components["schemas"]["ListUsersResponseUser"];
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
        GetDomainResponse: components["schemas"]["ListDomainsResponseDomain"];
        GetGroupResponse: components["schemas"]["ListGroupsResponseGroup"];
        GetOrgUnitResponse: components["schemas"]["ListOrgUnitsResponseOrgUnit"];
        GetUserResponse: components["schemas"]["ListUsersResponseUser"];
        ListDomainsResponse: {
            kind?: string;
            etag?: string;
            domains?: components["schemas"]["ListDomainsResponseDomain"][];
        };
        ListDomainsResponseDomain: {
            domainName?: string;
            isPrimary?: boolean;
            verified?: boolean;
            /** @description Milliseconds since the epoch. */
            creationTime?: string;
            domainAliases?: {
                domainAliasName?: string;
                parentDomainName?: string;
                verified?: boolean;
            }[];
            kind?: string;
            etag?: string;
        };
        ListGroupsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            groups?: components["schemas"]["ListGroupsResponseGroup"][];
        };
        ListGroupsResponseGroup: {
            id?: string;
            email?: string;
            name?: string;
            description?: string;
            directMembersCount?: string;
            adminCreated?: boolean;
            aliases?: string[];
            nonEditableAliases?: string[];
            kind?: string;
            etag?: string;
        };
        ListMembersResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            members?: components["schemas"]["ListMembersResponseMember"][];
        };
        ListMembersResponseMember: {
            id?: string;
            email?: string;
            /** @enum {string} */
            role?: "OWNER" | "MANAGER" | "MEMBER";
            /** @enum {string} */
            type?: "USER" | "GROUP" | "CUSTOMER" | "EXTERNAL";
            status?: string;
            /** @enum {string} */
            delivery_settings?: "ALL_MAIL" | "DAILY" | "DIGEST" | "DISABLED" | "NONE";
            kind?: string;
            etag?: string;
        };
        ListOrgUnitsResponse: {
            kind?: string;
            etag?: string;
            organizationUnits?: components["schemas"]["ListOrgUnitsResponseOrgUnit"][];
        };
        ListOrgUnitsResponseOrgUnit: {
            orgUnitId?: string;
            name?: string;
            description?: string;
            orgUnitPath?: string;
            parentOrgUnitId?: string;
            parentOrgUnitPath?: string;
            blockInheritance?: boolean;
            kind?: string;
            etag?: string;
        };
        ListRoleAssignmentsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            items?: components["schemas"]["ListRoleAssignmentsResponseRoleAssignment"][];
        };
        ListRoleAssignmentsResponseRoleAssignment: {
            roleAssignmentId?: string;
            roleId?: string;
            assignedTo?: string;
            /** @enum {string} */
            assigneeType?: "user" | "group";
            /** @enum {string} */
            scopeType?: "CUSTOMER" | "ORG_UNIT";
            orgUnitId?: string;
            condition?: string;
            kind?: string;
            etag?: string;
        };
        ListRolesResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            items?: {
                roleId?: string;
                roleName?: string;
                roleDescription?: string;
                isSystemRole?: boolean;
                isSuperAdminRole?: boolean;
                rolePrivileges?: {
                    privilegeName?: string;
                    serviceId?: string;
                }[];
            }[];
        };
        ListUsersResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            users?: components["schemas"]["ListUsersResponseUser"][];
        };
        ListUsersResponseUser: {
            id?: string;
            primaryEmail?: string;
            name?: components["schemas"]["ListUsersResponseUserName"];
            isAdmin?: boolean;
            isDelegatedAdmin?: boolean;
            suspended?: boolean;
            suspensionReason?: string;
            archived?: boolean;
            changePasswordAtNextLogin?: boolean;
            orgUnitPath?: string;
            customerId?: string;
            aliases?: string[];
            emails?: Record<string, unknown>[];
            phones?: Record<string, unknown>[];
            organizations?: Record<string, unknown>[];
            recoveryEmail?: string;
            recoveryPhone?: string;
            isMailboxSetup?: boolean;
            isEnrolledIn2Sv?: boolean;
            isEnforcedIn2Sv?: boolean;
            includeInGlobalAddressList?: boolean;
            thumbnailPhotoUrl?: string;
            /** Format: date-time */
            creationTime?: string;
            /** Format: date-time */
            lastLoginTime?: string;
            kind?: string;
            etag?: string;
        };
        ListUsersResponseUserName: {
            givenName?: string;
            familyName?: string;
            fullName?: string;
        };
        MakeUserAdminRequest: {
            /** @description true grants super admin rights and false removes them. */
            status: boolean;
        };
        ReplaceGroupRequest: {
            /** Format: email */
            email?: string;
            name?: string;
            description?: string;
        };
        ReplaceGroupResponse: components["schemas"]["ListGroupsResponseGroup"];
        ReplaceUserRequest: {
            /** Format: email */
            primaryEmail?: string;
            name?: components["schemas"]["ListUsersResponseUserName"];
            password?: components["schemas"]["CreateUserRequestPassword"];
            hashFunction?: components["schemas"]["CreateUserRequestHashFunction"];
            changePasswordAtNextLogin?: boolean;
            orgUnitPath?: components["schemas"]["CreateUserRequestOrgUnitPath"];
            suspended?: boolean;
            recoveryEmail?: string;
            /** @description In E.164 format. */
            recoveryPhone?: string;
            includeInGlobalAddressList?: boolean;
            emails?: Record<string, unknown>[];
            phones?: Record<string, unknown>[];
            organizations?: Record<string, unknown>[];
            externalIds?: Record<string, unknown>[];
            customSchemas?: Record<string, unknown>;
        };
        ReplaceUserResponse: components["schemas"]["ListUsersResponseUser"];
        UpdateMemberRequest: {
            /** @enum {string} */
            role?: "OWNER" | "MANAGER" | "MEMBER";
            /** @enum {string} */
            delivery_settings?: "ALL_MAIL" | "DAILY" | "DIGEST" | "DISABLED" | "NONE";
        };
        UpdateMemberResponse: components["schemas"]["ListMembersResponseMember"];
        UpdateUserRequest: {
            /** Format: email */
            primaryEmail?: string;
            name?: components["schemas"]["ListUsersResponseUserName"];
            password?: components["schemas"]["CreateUserRequestPassword"];
            hashFunction?: components["schemas"]["CreateUserRequestHashFunction"];
            changePasswordAtNextLogin?: boolean;
            orgUnitPath?: components["schemas"]["CreateUserRequestOrgUnitPath"];
            suspended?: boolean;
            recoveryEmail?: string;
            /** @description In E.164 format. */
            recoveryPhone?: string;
            includeInGlobalAddressList?: boolean;
            emails?: Record<string, unknown>[];
            phones?: Record<string, unknown>[];
            organizations?: Record<string, unknown>[];
            externalIds?: Record<string, unknown>[];
            customSchemas?: Record<string, unknown>;
        };
        UpdateUserResponse: components["schemas"]["ListUsersResponseUser"];
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
        /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDomains: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
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
                    "application/json": components["schemas"]["ListDomainsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
                /** @description The domain, e.g. example.com. */
                domainName: string;
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
                    "application/json": components["schemas"]["GetDomainResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrgUnits: {
        parameters: {
            query?: {
                /** @description Unit to start from (path or id), the root when left out. */
                orgUnitPath?: string;
                /** @description Direct children only or the whole subtree. */
                type?: "all" | "children" | "allIncludingParent";
            };
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
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
                    "application/json": components["schemas"]["ListOrgUnitsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrgUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Engineering",
                 *       "parentOrgUnitPath": "/",
                 *       "description": "Engineering department"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrgUnitRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrgUnitResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrgUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
                /**
                 * @description Path of the org unit without the leading slash (nested slashes URL-encoded), or id:<orgUnitId>.
                 * @example Engineering
                 */
                orgUnitPath: string;
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
                    "application/json": components["schemas"]["GetOrgUnitResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteOrgUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
                /**
                 * @description Path of the org unit without the leading slash (nested slashes URL-encoded), or id:<orgUnitId>.
                 * @example Engineering
                 */
                orgUnitPath: string;
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
    listRoleAssignments: {
        parameters: {
            query?: {
                /** @description Only assignments of this role. */
                roleId?: string;
                /** @description Only assignments of this user (e-mail or id). */
                userKey?: string;
                /** @description Also list roles held through groups (needs userKey). */
                includeIndirectRoleAssignments?: boolean;
                /** @description Assignments per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
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
                    "application/json": components["schemas"]["ListRoleAssignmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRoleAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "roleId": "123456789",
                 *       "assignedTo": "user_id",
                 *       "scopeType": "CUSTOMER"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRoleAssignmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRoleAssignmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description Roles per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace account, or my_customer for the connected administrator's own.
                 * @example my_customer
                 */
                customerId: string;
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
                    "application/json": components["schemas"]["ListRolesResponse"];
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
                /**
                 * @description Customer id (my_customer for the own account); this or domain is required unless userKey is set.
                 * @example my_customer
                 */
                customer?: string;
                /** @description Only groups of this domain. */
                domain?: string;
                /** @description Only groups this user or group is a direct member of. */
                userKey?: string;
                /** @description Search expression such as email:sales* or name:Engineering*. */
                query?: string;
                /** @description Groups per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Sort key. */
                orderBy?: "email";
                /** @description Sort direction. */
                sortOrder?: "ASCENDING" | "DESCENDING";
            };
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "engineering@example.com",
                 *       "name": "Engineering Team",
                 *       "description": "All engineering staff"
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description E-mail, alias or numeric id of the group. */
                groupKey: string;
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
    replaceGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description E-mail, alias or numeric id of the group. */
                groupKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Engineering Department",
                 *       "description": "Updated description"
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceGroupResponse"];
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
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description E-mail, alias or numeric id of the group. */
                groupKey: string;
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
    listMembers: {
        parameters: {
            query?: {
                /** @description Comma-separated roles to include, e.g. OWNER,MANAGER. */
                roles?: string;
                /** @description Also list people who belong through nested groups. */
                includeDerivedMembership?: boolean;
                /** @description Members per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description E-mail, alias or numeric id of the group. */
                groupKey: string;
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
                    "application/json": components["schemas"]["ListMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description E-mail, alias or numeric id of the group. */
                groupKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "user@example.com",
                 *       "role": "MEMBER"
                 *     }
                 */
                "application/json": components["schemas"]["CreateMemberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description E-mail, alias or numeric id of the group. */
                groupKey: string;
                /** @description E-mail or numeric id of the member (a user or a group). */
                memberKey: string;
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
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description E-mail, alias or numeric id of the group. */
                groupKey: string;
                /** @description E-mail or numeric id of the member (a user or a group). */
                memberKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "MANAGER"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMemberResponse"];
                };
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
                /**
                 * @description Customer id (my_customer for the own account); this or domain is required.
                 * @example my_customer
                 */
                customer?: string;
                /** @description Only users of this domain. */
                domain?: string;
                /**
                 * @description Search expression such as email:john* or orgUnitPath=/Sales.
                 * @example email:john*
                 */
                query?: string;
                /** @description Users per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Sort key. */
                orderBy?: "email" | "familyName" | "givenName";
                /** @description Sort direction. */
                sortOrder?: "ASCENDING" | "DESCENDING";
                /** @description How much of each user to return. */
                projection?: "basic" | "custom" | "full";
                /** @description Custom schemas to include when projection is custom. */
                customFieldMask?: string;
                /** @description List users deleted in the last 20 days instead. */
                showDeleted?: boolean;
                /** @description Administrator view or the fields every user may see. */
                viewType?: "admin_view" | "domain_public";
            };
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /** @description Take over a conflicting unmanaged consumer account with the same address. */
                resolveConflictAccount?: boolean;
            };
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "primaryEmail": "newuser@example.com",
                 *       "name": {
                 *         "givenName": "Jane",
                 *         "familyName": "Smith"
                 *       },
                 *       "password": "temporaryPassword123!",
                 *       "changePasswordAtNextLogin": true,
                 *       "orgUnitPath": "/Engineering"
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    getUser: {
        parameters: {
            query?: {
                /** @description How much of the user to return. */
                projection?: "basic" | "custom" | "full";
                /** @description Custom schemas to include when projection is custom. */
                customFieldMask?: string;
                /** @description Administrator view or the fields every user may see. */
                viewType?: "admin_view" | "domain_public";
            };
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Primary e-mail, alias e-mail or numeric id of the user. */
                userKey: string;
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
    replaceUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Primary e-mail, alias e-mail or numeric id of the user. */
                userKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": {
                 *         "givenName": "Jane",
                 *         "familyName": "Smith-Johnson"
                 *       },
                 *       "suspended": false
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceUserRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceUserResponse"];
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
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Primary e-mail, alias e-mail or numeric id of the user. */
                userKey: string;
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
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Primary e-mail, alias e-mail or numeric id of the user. */
                userKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "suspended": true
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
    makeUserAdmin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Workspace Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Primary e-mail, alias e-mail or numeric id of the user. */
                userKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": true
                 *     }
                 */
                "application/json": components["schemas"]["MakeUserAdminRequest"];
            };
        };
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
