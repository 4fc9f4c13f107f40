// Generated from providers/dropbox-business.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/2/files/list_folder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List a folder in one member's Dropbox, chosen with the Dropbox-API-Select-User header. */
        post: operations["filesListFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/sharing/list_folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the shared folders one member can reach, chosen with the Dropbox-API-Select-User header. */
        post: operations["sharingListFolders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/devices/list_member_devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the sessions and linked devices of one member. */
        post: operations["teamDevicesListMemberDevices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/devices/list_members_devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the web sessions, desktop clients and mobile clients of every member. */
        post: operations["teamDevicesListMembersDevices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/devices/revoke_device_session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End one web session or unlink one desktop or mobile client of a member. */
        post: operations["teamDevicesRevokeDeviceSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/devices/revoke_device_session_batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End or unlink several member sessions in one call. */
        post: operations["teamDevicesRevokeDeviceSessionBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/features/get_values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask whether the team has particular features and what their limits are. */
        post: operations["teamFeaturesGetValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/get_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the team's name, id, licence counts and policies. */
        post: operations["teamGetInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an empty group. */
        post: operations["teamGroupsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a group; answers with a job id to poll. */
        post: operations["teamGroupsDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/get_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read groups by id or external id. */
        post: operations["teamGroupsGetInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/job_status/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Poll an asynchronous group job (delete, member add or remove). */
        post: operations["teamGroupsJobStatusGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the team's groups. */
        post: operations["teamGroupsList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/members/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add members to a group as members or owners; may finish asynchronously. */
        post: operations["teamGroupsMembersAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/members/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the members of a group. */
        post: operations["teamGroupsMembersList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take members out of a group; may finish asynchronously. */
        post: operations["teamGroupsMembersRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/groups/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename a group or change its external id or management type. */
        post: operations["teamGroupsUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/linked_apps/list_members_linked_apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the third-party apps every member has linked to their account. */
        post: operations["teamLinkedAppsListMembersLinkedApps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/linked_apps/list_team_linked_apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the third-party apps linked across the team (older variant of list_members_linked_apps). */
        post: operations["teamLinkedAppsListTeamLinkedApps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/linked_apps/revoke_linked_app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlink a third-party app from one member's account. */
        post: operations["teamLinkedAppsRevokeLinkedApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/member_space_limits/excluded_users/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List members exempt from the team's space limit. */
        post: operations["teamMemberSpaceLimitsExcludedUsersList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/member_space_limits/get_custom_quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the custom storage quota of up to 1000 members. */
        post: operations["teamMemberSpaceLimitsGetCustomQuota"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/member_space_limits/set_custom_quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a custom storage quota in GB for up to 1000 members. */
        post: operations["teamMemberSpaceLimitsSetCustomQuota"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite up to 20 new members to the team; may finish asynchronously. */
        post: operations["teamMembersAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/delete_profile_photo_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a member's profile photo. */
        post: operations["teamMembersDeleteProfilePhotoV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/get_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Look up members by email, team member id or external id. */
        post: operations["teamMembersGetInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/get_info_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Look up members and their admin roles by email, team member id or external id (preferred). */
        post: operations["teamMembersGetInfoV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the team's members, a page at a time. */
        post: operations["teamMembersList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/list/continue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the next page of a member listing. */
        post: operations["teamMembersListContinue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/list_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the team's members with their admin roles (preferred over list). */
        post: operations["teamMembersListV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a member from the team, optionally moving their files to another member first. */
        post: operations["teamMembersRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/secondary_emails/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add secondary email addresses to members (each has to be verified by the member). */
        post: operations["teamMembersSecondaryEmailsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/secondary_emails/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove secondary email addresses from members. */
        post: operations["teamMembersSecondaryEmailsDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/secondary_emails/resend_verification_emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the verification emails for members' unverified secondary addresses again. */
        post: operations["teamMembersSecondaryEmailsResendVerificationEmails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/send_welcome_email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the welcome email again to a member whose invitation is still pending. */
        post: operations["teamMembersSendWelcomeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/set_admin_permissions_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a member a new set of admin roles (an empty list removes admin rights). */
        post: operations["teamMembersSetAdminPermissionsV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/set_profile_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a member's name, email, external id or persistent id. */
        post: operations["teamMembersSetProfileV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a member, optionally wiping their data from linked devices. */
        post: operations["teamMembersSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/members/unsuspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a member's suspension. */
        post: operations["teamMembersUnsuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/namespaces/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the namespaces (member homes, shared and team folders) the team can reach. */
        post: operations["teamNamespacesList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/sharing_allowlist/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add domains or email addresses to the team's sharing allowlist. */
        post: operations["teamSharingAllowlistAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/sharing_allowlist/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the domains and email addresses outside the team that members may always share with. */
        post: operations["teamSharingAllowlistList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/team_folder/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived team folder back into use. */
        post: operations["teamTeamFolderActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/team_folder/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an active team folder; large folders may be archived asynchronously. */
        post: operations["teamTeamFolderArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/team_folder/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a team folder. */
        post: operations["teamTeamFolderCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/team_folder/get_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read team folders by id. */
        post: operations["teamTeamFolderGetInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/team_folder/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the team's team folders, active and archived. */
        post: operations["teamTeamFolderList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/team_folder/permanently_delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Destroy an archived team folder and everything in it for good. */
        post: operations["teamTeamFolderPermanentlyDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/team_folder/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename a team folder. */
        post: operations["teamTeamFolderRename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/team_folder/update_sync_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change whether a team folder (or folders inside it) syncs to members' devices by default. */
        post: operations["teamTeamFolderUpdateSyncSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team/token/get_authenticated_admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find out which team admin authorised the connection's token. */
        post: operations["teamTokenGetAuthenticatedAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team_log/get_events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the team's audit events, optionally filtered by member, time range, category or event type. */
        post: operations["teamLogGetEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/team_log/get_events/continue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the next page of audit events. */
        post: operations["teamLogGetEventsContinue"];
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
        FilesListFolderRequest: {
            /** @description "" for the member's root. */
            path: string;
            /** @default false */
            recursive?: boolean;
            /** @default false */
            include_deleted?: boolean;
            limit?: number;
        };
        FilesListFolderResponse: {
            entries?: {
                /** @enum {string} */
                ".tag"?: "file" | "folder" | "deleted";
                name?: string;
                id?: string;
                path_lower?: string;
                path_display?: string;
                /** Format: date-time */
                server_modified?: string;
                size?: number;
            }[];
            cursor?: string;
            has_more?: boolean;
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
        SharingListFoldersRequest: {
            /** @default 1000 */
            limit?: number;
            actions?: Record<string, unknown>[];
        };
        SharingListFoldersResponse: {
            entries?: {
                name?: string;
                shared_folder_id?: string;
                path_lower?: string;
                access_type?: {
                    ".tag"?: string;
                };
                is_team_folder?: boolean;
            }[];
            cursor?: string;
        };
        TeamDevicesListMemberDevicesRequest: {
            team_member_id: string;
            /** @default true */
            include_web_sessions?: boolean;
            /** @default true */
            include_desktop_clients?: boolean;
            /** @default true */
            include_mobile_clients?: boolean;
        };
        TeamDevicesListMemberDevicesResponse: {
            active_web_sessions?: Record<string, unknown>[];
            desktop_client_sessions?: Record<string, unknown>[];
            mobile_client_sessions?: Record<string, unknown>[];
        };
        TeamDevicesListMembersDevicesRequest: {
            /** @description Cursor from the previous answer. */
            cursor?: string;
            /** @default true */
            include_web_sessions?: boolean;
            /** @default true */
            include_desktop_clients?: boolean;
            /** @default true */
            include_mobile_clients?: boolean;
        };
        TeamDevicesListMembersDevicesResponse: {
            devices?: {
                team_member_id?: string;
                web_sessions?: Record<string, unknown>[];
                desktop_clients?: Record<string, unknown>[];
                mobile_clients?: Record<string, unknown>[];
            }[];
            has_more?: boolean;
            cursor?: string;
        };
        TeamDevicesRevokeDeviceSessionBatchRequest: {
            revoke_devices: components["schemas"]["TeamDevicesRevokeDeviceSessionRequest"][];
        };
        TeamDevicesRevokeDeviceSessionBatchResponse: {
            revoke_devices_status?: {
                success?: boolean;
            }[];
        };
        TeamDevicesRevokeDeviceSessionRequest: {
            /** @enum {string} */
            ".tag": "web_session" | "desktop_client" | "mobile_client";
            session_id: string;
            team_member_id: string;
            /** @description For desktop clients, also delete the files on the device. */
            delete_on_unlink?: boolean;
        };
        TeamDevicesRevokeDeviceSessionResponse: null;
        TeamFeaturesGetValuesRequest: {
            features: {
                /** @enum {string} */
                ".tag"?: "upload_api_rate_limit" | "has_team_shared_dropbox" | "has_team_file_events" | "has_team_selective_sync" | "has_distinct_member_homes";
            }[];
        };
        TeamFeaturesGetValuesResponse: {
            values?: Record<string, unknown>[];
        };
        /** @description Takes no arguments; send null or nothing. */
        TeamGetInfoRequest: null;
        TeamGetInfoResponse: {
            name?: string;
            team_id?: string;
            num_licensed_users?: number;
            num_provisioned_users?: number;
            num_used_licenses?: number;
            policies?: Record<string, unknown>;
        };
        TeamGroupsCreateRequest: {
            group_name: string;
            /** @default false */
            add_creator_as_owner?: boolean;
            group_external_id?: string;
            group_management_type?: {
                /** @enum {string} */
                ".tag"?: "user_managed" | "company_managed";
            };
        };
        TeamGroupsCreateResponse: {
            group_name?: string;
            group_id?: string;
            group_external_id?: string;
            member_count?: number;
            /** @description Creation time in milliseconds since the epoch. */
            created?: number;
            group_management_type?: {
                ".tag"?: string;
            };
            members?: Record<string, unknown>[];
        };
        TeamGroupsDeleteRequest: components["schemas"]["TeamGroupsUpdateRequestGroup"];
        TeamGroupsDeleteResponse: components["schemas"]["TeamMembersRemoveResponse"];
        TeamGroupsGetInfoRequest: {
            /** @enum {string} */
            ".tag": "group_ids" | "group_external_ids";
            group_ids?: string[];
            group_external_ids?: string[];
        };
        TeamGroupsGetInfoResponse: {
            /** @enum {string} */
            ".tag"?: "id_not_found" | "group_info";
            group_name?: string;
            group_id?: string;
            member_count?: number;
            created?: number;
        }[];
        TeamGroupsJobStatusGetRequest: {
            async_job_id: string;
        };
        TeamGroupsJobStatusGetResponse: {
            /** @enum {string} */
            ".tag"?: "in_progress" | "complete" | "failed";
        };
        TeamGroupsListRequest: {
            /** @default 1000 */
            limit?: number;
        };
        TeamGroupsListResponse: {
            groups?: components["schemas"]["TeamGroupsListResponseGroup"][];
            cursor?: string;
            has_more?: boolean;
        };
        TeamGroupsListResponseGroup: {
            group_name?: string;
            group_id?: string;
            group_external_id?: string;
            member_count?: number;
            group_management_type?: {
                /** @enum {string} */
                ".tag"?: "user_managed" | "company_managed" | "system_managed";
            };
        };
        TeamGroupsMembersAddRequest: {
            group: components["schemas"]["TeamGroupsUpdateRequestGroup"];
            members: {
                user: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
                access_type: {
                    /** @enum {string} */
                    ".tag"?: "member" | "owner";
                };
            }[];
            /** @default true */
            return_members?: boolean;
        };
        TeamGroupsMembersAddResponse: {
            group_info?: components["schemas"]["TeamGroupsCreateResponse"];
            async_job_id?: string;
        };
        TeamGroupsMembersListRequest: {
            group: components["schemas"]["TeamGroupsUpdateRequestGroup"];
            /** @default 1000 */
            limit?: number;
        };
        TeamGroupsMembersListResponse: {
            members?: {
                profile?: components["schemas"]["TeamTokenGetAuthenticatedAdminResponseMemberProfile"];
                access_type?: {
                    /** @enum {string} */
                    ".tag"?: "member" | "owner";
                };
            }[];
            cursor?: string;
            has_more?: boolean;
        };
        TeamGroupsMembersRemoveRequest: {
            group: components["schemas"]["TeamGroupsUpdateRequestGroup"];
            users: components["schemas"]["TeamMembersGetInfoRequestUserSelector"][];
            /** @default true */
            return_members?: boolean;
        };
        TeamGroupsMembersRemoveResponse: components["schemas"]["TeamGroupsMembersAddResponse"];
        TeamGroupsUpdateRequest: {
            group: components["schemas"]["TeamGroupsUpdateRequestGroup"];
            /** @default true */
            return_members?: boolean;
            new_group_name?: string;
            new_group_external_id?: string;
            new_group_management_type?: {
                /** @enum {string} */
                ".tag"?: "user_managed" | "company_managed";
            };
        };
        TeamGroupsUpdateRequestGroup: {
            /** @enum {string} */
            ".tag": "group_id" | "group_external_id";
            group_id?: string;
            group_external_id?: string;
        };
        TeamGroupsUpdateResponse: components["schemas"]["TeamGroupsCreateResponse"];
        TeamLinkedAppsListMembersLinkedAppsRequest: {
            /** @description Cursor from the previous answer. */
            cursor?: string;
        };
        TeamLinkedAppsListMembersLinkedAppsResponse: {
            apps?: {
                team_member_id?: string;
                linked_api_apps?: Record<string, unknown>[];
            }[];
            has_more?: boolean;
            cursor?: string;
        };
        TeamLinkedAppsListTeamLinkedAppsRequest: {
            /** @description Cursor from the previous answer. */
            cursor?: string;
        };
        TeamLinkedAppsListTeamLinkedAppsResponse: {
            apps?: Record<string, unknown>[];
            has_more?: boolean;
            cursor?: string;
        };
        TeamLinkedAppsRevokeLinkedAppRequest: {
            app_id: string;
            team_member_id: string;
            /** @default true */
            keep_app_folder?: boolean;
        };
        TeamLinkedAppsRevokeLinkedAppResponse: null;
        TeamLogGetEventsContinueRequest: components["schemas"]["TeamMembersListContinueRequest"];
        TeamLogGetEventsContinueResponse: components["schemas"]["TeamLogGetEventsResponse"];
        TeamLogGetEventsRequest: {
            /** @default 1000 */
            limit?: number;
            account_id?: string;
            time?: {
                /** Format: date-time */
                start_time?: string;
                /** Format: date-time */
                end_time?: string;
            };
            category?: {
                /** @description Category such as members, groups, sharing, file_operations, logins or devices. */
                ".tag"?: string;
            };
            event_type?: {
                ".tag"?: string;
            };
        };
        TeamLogGetEventsResponse: {
            events?: {
                /** Format: date-time */
                timestamp?: string;
                event_category?: {
                    ".tag"?: string;
                };
                event_type?: {
                    ".tag"?: string;
                    description?: string;
                };
                actor?: Record<string, unknown>;
                origin?: Record<string, unknown>;
                assets?: Record<string, unknown>[];
                involve_non_team_member?: boolean;
                context?: Record<string, unknown>;
                details?: Record<string, unknown>;
            }[];
            cursor?: string;
            has_more?: boolean;
        };
        TeamMemberSpaceLimitsExcludedUsersListRequest: components["schemas"]["TeamGroupsListRequest"];
        TeamMemberSpaceLimitsExcludedUsersListResponse: {
            users?: {
                team_member_id?: string;
                email?: string;
                status?: Record<string, unknown>;
            }[];
            has_more?: boolean;
            cursor?: string;
        };
        TeamMemberSpaceLimitsGetCustomQuotaRequest: {
            users: components["schemas"]["TeamMembersGetInfoRequestUserSelector"][];
        };
        TeamMemberSpaceLimitsGetCustomQuotaResponse: {
            /** @enum {string} */
            ".tag"?: "success" | "invalid_user";
            user?: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
            quota_gb?: number;
        }[];
        TeamMemberSpaceLimitsSetCustomQuotaRequest: {
            users_and_quotas: {
                user: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
                quota_gb: number;
            }[];
        };
        TeamMemberSpaceLimitsSetCustomQuotaResponse: Record<string, unknown>[];
        TeamMembersAddRequest: {
            new_members: {
                member_email: string;
                member_given_name?: string;
                member_surname?: string;
                member_external_id?: string;
                member_persistent_id?: string;
                /** @default true */
                send_welcome_email?: boolean;
                is_directory_restricted?: boolean;
                role?: {
                    /** @enum {string} */
                    ".tag"?: "team_admin" | "user_management_admin" | "support_admin" | "member_only";
                };
            }[];
            /** @default false */
            force_async?: boolean;
        };
        TeamMembersAddResponse: {
            /** @enum {string} */
            ".tag"?: "complete" | "async_job_id";
            complete?: Record<string, unknown>[];
            async_job_id?: string;
        };
        TeamMembersDeleteProfilePhotoV2Request: components["schemas"]["TeamMembersUnsuspendRequest"];
        TeamMembersDeleteProfilePhotoV2Response: {
            profile?: components["schemas"]["TeamTokenGetAuthenticatedAdminResponseMemberProfile"];
        };
        TeamMembersGetInfoRequest: {
            members: components["schemas"]["TeamMembersGetInfoRequestUserSelector"][];
        };
        TeamMembersGetInfoRequestUserSelector: {
            /** @enum {string} */
            ".tag": "team_member_id" | "external_id" | "email";
            team_member_id?: string;
            external_id?: string;
            email?: string;
        };
        TeamMembersGetInfoResponse: Record<string, unknown>[];
        TeamMembersGetInfoV2Request: {
            members: components["schemas"]["TeamMembersGetInfoRequestUserSelector"][];
        };
        TeamMembersGetInfoV2Response: {
            members_info?: {
                /** @enum {string} */
                ".tag"?: "id_not_found" | "member_info";
                profile?: components["schemas"]["TeamTokenGetAuthenticatedAdminResponseMemberProfile"];
                roles?: Record<string, unknown>[];
            }[];
        };
        TeamMembersListContinueRequest: {
            /** @description Cursor from the previous answer. */
            cursor: string;
        };
        TeamMembersListContinueResponse: components["schemas"]["TeamMembersListResponse"];
        TeamMembersListRequest: {
            /** @default 1000 */
            limit?: number;
            /** @default false */
            include_removed?: boolean;
        };
        TeamMembersListResponse: {
            members?: {
                profile?: components["schemas"]["TeamTokenGetAuthenticatedAdminResponseMemberProfile"];
                role?: {
                    /** @enum {string} */
                    ".tag"?: "team_admin" | "user_management_admin" | "support_admin" | "member_only";
                };
                roles?: {
                    role_id?: string;
                    name?: string;
                    description?: string;
                }[];
            }[];
            cursor?: string;
            has_more?: boolean;
        };
        TeamMembersListV2Request: components["schemas"]["TeamMembersListRequest"];
        TeamMembersListV2Response: components["schemas"]["TeamMembersListResponse"];
        TeamMembersRemoveRequest: {
            user: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
            /** @default true */
            wipe_data?: boolean;
            transfer_dest_id?: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
            transfer_admin_id?: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
            /**
             * @description Turn the member into a Basic account instead of deleting it.
             * @default false
             */
            keep_account?: boolean;
            /** @default false */
            retain_team_shares?: boolean;
        };
        TeamMembersRemoveResponse: {
            /** @enum {string} */
            ".tag"?: "async_job_id" | "complete";
            async_job_id?: string;
        };
        TeamMembersSecondaryEmailsAddRequest: {
            new_secondary_emails: components["schemas"]["TeamMembersSecondaryEmailsAddRequestNewSecondaryEmails"];
        };
        TeamMembersSecondaryEmailsAddRequestNewSecondaryEmails: {
            user: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
            secondary_emails: string[];
        }[];
        TeamMembersSecondaryEmailsAddResponse: {
            results?: Record<string, unknown>[];
        };
        TeamMembersSecondaryEmailsDeleteRequest: {
            emails_to_delete: components["schemas"]["TeamMembersSecondaryEmailsAddRequestNewSecondaryEmails"];
        };
        TeamMembersSecondaryEmailsDeleteResponse: components["schemas"]["TeamMembersSecondaryEmailsAddResponse"];
        TeamMembersSecondaryEmailsResendVerificationEmailsRequest: {
            emails_to_resend: components["schemas"]["TeamMembersSecondaryEmailsAddRequestNewSecondaryEmails"];
        };
        TeamMembersSecondaryEmailsResendVerificationEmailsResponse: components["schemas"]["TeamMembersSecondaryEmailsAddResponse"];
        TeamMembersSendWelcomeEmailRequest: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
        TeamMembersSendWelcomeEmailResponse: null;
        TeamMembersSetAdminPermissionsV2Request: {
            user: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
            /** @description Role ids (pid_dbtmr:…) from the team's role list. */
            new_roles?: string[];
        };
        TeamMembersSetAdminPermissionsV2Response: {
            team_member_id?: string;
            roles?: Record<string, unknown>[];
        };
        TeamMembersSetProfileV2Request: {
            user: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
            new_email?: string;
            new_external_id?: string;
            new_given_name?: string;
            new_surname?: string;
            new_persistent_id?: string;
            new_is_directory_restricted?: boolean;
        };
        TeamMembersSetProfileV2Response: {
            profile?: components["schemas"]["TeamTokenGetAuthenticatedAdminResponseMemberProfile"];
            roles?: Record<string, unknown>[];
        };
        TeamMembersSuspendRequest: {
            user: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
            /** @default true */
            wipe_data?: boolean;
        };
        TeamMembersSuspendResponse: null;
        TeamMembersUnsuspendRequest: {
            user: components["schemas"]["TeamMembersGetInfoRequestUserSelector"];
        };
        TeamMembersUnsuspendResponse: null;
        TeamNamespacesListRequest: components["schemas"]["TeamGroupsListRequest"];
        TeamNamespacesListResponse: {
            namespaces?: {
                name?: string;
                namespace_id?: string;
                namespace_type?: {
                    /** @enum {string} */
                    ".tag"?: "app_folder" | "shared_folder" | "team_folder" | "team_member_folder";
                };
                team_member_id?: string;
            }[];
            cursor?: string;
            has_more?: boolean;
        };
        TeamSharingAllowlistAddRequest: {
            domains?: string[];
            emails?: string[];
        };
        /** @description SharingAllowlistAddResponse, an empty struct: the entries were added. */
        TeamSharingAllowlistAddResponse: Record<string, unknown>;
        TeamSharingAllowlistListRequest: components["schemas"]["TeamGroupsListRequest"];
        TeamSharingAllowlistListResponse: {
            domains?: string[];
            emails?: string[];
            cursor?: string;
            has_more?: boolean;
        };
        TeamTeamFolderActivateRequest: {
            team_folder_id: string;
        };
        TeamTeamFolderActivateResponse: components["schemas"]["TeamTeamFolderListResponseTeamFolder"];
        TeamTeamFolderArchiveRequest: {
            team_folder_id: string;
            /** @default false */
            force_async_off?: boolean;
        };
        TeamTeamFolderArchiveResponse: {
            /** @enum {string} */
            ".tag"?: "async_job_id" | "complete";
            async_job_id?: string;
            team_folder_id?: string;
            name?: string;
        };
        TeamTeamFolderCreateRequest: {
            name: string;
            sync_setting?: {
                /** @enum {string} */
                ".tag"?: "default" | "not_synced";
            };
        };
        TeamTeamFolderCreateResponse: components["schemas"]["TeamTeamFolderListResponseTeamFolder"];
        TeamTeamFolderGetInfoRequest: {
            team_folder_ids: string[];
        };
        TeamTeamFolderGetInfoResponse: components["schemas"]["TeamTeamFolderListResponseTeamFolder"][];
        TeamTeamFolderListRequest: components["schemas"]["TeamGroupsListRequest"];
        TeamTeamFolderListResponse: {
            team_folders?: components["schemas"]["TeamTeamFolderListResponseTeamFolder"][];
            cursor?: string;
            has_more?: boolean;
        };
        TeamTeamFolderListResponseTeamFolder: {
            team_folder_id?: string;
            name?: string;
            status?: {
                /** @enum {string} */
                ".tag"?: "active" | "archived" | "archive_in_progress";
            };
            is_team_shared_dropbox?: boolean;
            sync_setting?: {
                /** @enum {string} */
                ".tag"?: "default" | "not_synced" | "not_synced_inactive";
            };
            content_sync_settings?: Record<string, unknown>[];
        };
        TeamTeamFolderPermanentlyDeleteRequest: components["schemas"]["TeamTeamFolderActivateRequest"];
        TeamTeamFolderPermanentlyDeleteResponse: null;
        TeamTeamFolderRenameRequest: {
            team_folder_id: string;
            name: string;
        };
        TeamTeamFolderRenameResponse: components["schemas"]["TeamTeamFolderListResponseTeamFolder"];
        TeamTeamFolderUpdateSyncSettingsRequest: {
            team_folder_id: string;
            sync_setting?: {
                /** @enum {string} */
                ".tag"?: "default" | "not_synced";
            };
            content_sync_settings?: {
                id?: string;
                sync_setting?: Record<string, unknown>;
            }[];
        };
        TeamTeamFolderUpdateSyncSettingsResponse: components["schemas"]["TeamTeamFolderListResponseTeamFolder"];
        /** @description Takes no arguments; send null or nothing. */
        TeamTokenGetAuthenticatedAdminRequest: null;
        TeamTokenGetAuthenticatedAdminResponse: {
            admin_profile?: components["schemas"]["TeamTokenGetAuthenticatedAdminResponseMemberProfile"];
        };
        TeamTokenGetAuthenticatedAdminResponseMemberProfile: {
            team_member_id?: string;
            account_id?: string;
            external_id?: string;
            email?: string;
            email_verified?: boolean;
            secondary_emails?: {
                email?: string;
                is_verified?: boolean;
            }[];
            status?: {
                /** @enum {string} */
                ".tag"?: "active" | "invited" | "suspended" | "removed";
            };
            name?: {
                given_name?: string;
                surname?: string;
                display_name?: string;
            };
            membership_type?: {
                /** @enum {string} */
                ".tag"?: "full" | "limited";
            };
            /** Format: date-time */
            joined_on?: string;
            /** Format: date-time */
            invited_on?: string;
            profile_photo_url?: string;
            groups?: string[];
            member_folder_id?: string;
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
        /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    filesListFolder: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description team_member_id (dbmid:…) of the member whose Dropbox is read.
                 * @example dbmid:AAHhy7WsR0x-u4ZCqiDl5Fz5zvuL3kmspwU
                 */
                "Dropbox-API-Select-User": string;
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
    sharingListFolders: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description team_member_id (dbmid:…) of the member whose shared folders are listed.
                 * @example dbmid:AAHhy7WsR0x-u4ZCqiDl5Fz5zvuL3kmspwU
                 */
                "Dropbox-API-Select-User": string;
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["SharingListFoldersRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingListFoldersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamDevicesListMemberDevices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team_member_id": "dbmid:AAHhy7WsR0x-u4ZCqiDl5Fz5zvuL3kmspwU"
                 *     }
                 */
                "application/json": components["schemas"]["TeamDevicesListMemberDevicesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDevicesListMemberDevicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamDevicesListMembersDevices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TeamDevicesListMembersDevicesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDevicesListMembersDevicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamDevicesRevokeDeviceSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       ".tag": "web_session",
                 *       "session_id": "dbwsid:123456789",
                 *       "team_member_id": "dbmid:AAHhy7WsR0x-u4ZCqiDl5Fz5zvuL3kmspwU"
                 *     }
                 */
                "application/json": components["schemas"]["TeamDevicesRevokeDeviceSessionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDevicesRevokeDeviceSessionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamDevicesRevokeDeviceSessionBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "revoke_devices": [
                 *         {
                 *           ".tag": "web_session",
                 *           "session_id": "dbwsid:123456789",
                 *           "team_member_id": "dbmid:AAHhy7WsR0x-u4ZCqiDl5Fz5zvuL3kmspwU"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamDevicesRevokeDeviceSessionBatchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDevicesRevokeDeviceSessionBatchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamFeaturesGetValues: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "features": [
                 *         {
                 *           ".tag": "upload_api_rate_limit"
                 *         },
                 *         {
                 *           ".tag": "has_team_shared_dropbox"
                 *         },
                 *         {
                 *           ".tag": "has_team_file_events"
                 *         },
                 *         {
                 *           ".tag": "has_team_selective_sync"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamFeaturesGetValuesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamFeaturesGetValuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGetInfo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example null */
                "application/json": components["schemas"]["TeamGetInfoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGetInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "group_name": "Team Name",
                 *       "group_management_type": {
                 *         ".tag": "company_managed"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsCreateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsCreateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       ".tag": "group_id",
                 *       "group_id": "g:1d31f47b4ef4fb440000000000000003"
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsDeleteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsDeleteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsGetInfo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       ".tag": "group_ids",
                 *       "group_ids": [
                 *         "g:1d31f47b4ef4fb440000000000000003"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsGetInfoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsGetInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsJobStatusGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "async_job_id": "dbjid:AAFNpfZfJw5Mp9WqMZfjRrErIaYiOYg8aTzj"
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsJobStatusGetRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsJobStatusGetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsMembersAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "group_id",
                 *         "group_id": "g:1d31f47b4ef4fb440000000000000003"
                 *       },
                 *       "members": [
                 *         {
                 *           "user": {
                 *             ".tag": "email",
                 *             "email": "user@company.com"
                 *           },
                 *           "access_type": {
                 *             ".tag": "member"
                 *           }
                 *         }
                 *       ],
                 *       "return_members": true
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsMembersAddRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsMembersAddResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsMembersList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "group_id",
                 *         "group_id": "g:1d31f47b4ef4fb440000000000000003"
                 *       },
                 *       "limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsMembersListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsMembersListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsMembersRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "group_id",
                 *         "group_id": "g:1d31f47b4ef4fb440000000000000003"
                 *       },
                 *       "users": [
                 *         {
                 *           ".tag": "email",
                 *           "email": "user@company.com"
                 *         }
                 *       ],
                 *       "return_members": true
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsMembersRemoveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsMembersRemoveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamGroupsUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "group_id",
                 *         "group_id": "g:1d31f47b4ef4fb440000000000000003"
                 *       },
                 *       "new_group_name": "New Name"
                 *     }
                 */
                "application/json": components["schemas"]["TeamGroupsUpdateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamGroupsUpdateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamLinkedAppsListMembersLinkedApps: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TeamLinkedAppsListMembersLinkedAppsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamLinkedAppsListMembersLinkedAppsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamLinkedAppsListTeamLinkedApps: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TeamLinkedAppsListTeamLinkedAppsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamLinkedAppsListTeamLinkedAppsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamLinkedAppsRevokeLinkedApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "app_id": "dbaid:AAFhbXjaBZ4gs_9sS6Lq7k_ta1cYeXDFt6I",
                 *       "team_member_id": "dbmid:AAHhy7WsR0x-u4ZCqiDl5Fz5zvuL3kmspwU"
                 *     }
                 */
                "application/json": components["schemas"]["TeamLinkedAppsRevokeLinkedAppRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamLinkedAppsRevokeLinkedAppResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMemberSpaceLimitsExcludedUsersList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TeamMemberSpaceLimitsExcludedUsersListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberSpaceLimitsExcludedUsersListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMemberSpaceLimitsGetCustomQuota: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "users": [
                 *         {
                 *           ".tag": "email",
                 *           "email": "user@company.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMemberSpaceLimitsGetCustomQuotaRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberSpaceLimitsGetCustomQuotaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMemberSpaceLimitsSetCustomQuota: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "users_and_quotas": [
                 *         {
                 *           "user": {
                 *             ".tag": "email",
                 *             "email": "user@company.com"
                 *           },
                 *           "quota_gb": 100
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMemberSpaceLimitsSetCustomQuotaRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberSpaceLimitsSetCustomQuotaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "new_members": [
                 *         {
                 *           "member_email": "user@company.com",
                 *           "member_given_name": "John",
                 *           "member_surname": "Doe",
                 *           "send_welcome_email": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersAddRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersAddResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersDeleteProfilePhotoV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "team_member_id",
                 *         "team_member_id": "dbmid:AAHhy7WsR0x-u4ZCqiDl5Fz5zvuL3kmspwU"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersDeleteProfilePhotoV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersDeleteProfilePhotoV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersGetInfo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "members": [
                 *         {
                 *           ".tag": "email",
                 *           "email": "user@company.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersGetInfoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersGetInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersGetInfoV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "members": [
                 *         {
                 *           ".tag": "email",
                 *           "email": "user@company.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersGetInfoV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersGetInfoV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersListContinue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                "application/json": components["schemas"]["TeamMembersListContinueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersListContinueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersListV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "limit": 100,
                 *       "include_removed": false
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersListV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersListV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "email",
                 *         "email": "user@company.com"
                 *       },
                 *       "wipe_data": true,
                 *       "transfer_dest_id": {
                 *         ".tag": "email",
                 *         "email": "admin@company.com"
                 *       },
                 *       "transfer_admin_id": {
                 *         ".tag": "email",
                 *         "email": "admin@company.com"
                 *       },
                 *       "keep_account": false
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersRemoveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersRemoveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersSecondaryEmailsAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "new_secondary_emails": [
                 *         {
                 *           "user": {
                 *             ".tag": "email",
                 *             "email": "user@company.com"
                 *           },
                 *           "secondary_emails": [
                 *             "alias@company.com"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersSecondaryEmailsAddRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersSecondaryEmailsAddResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersSecondaryEmailsDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails_to_delete": [
                 *         {
                 *           "user": {
                 *             ".tag": "email",
                 *             "email": "user@company.com"
                 *           },
                 *           "secondary_emails": [
                 *             "alias@company.com"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersSecondaryEmailsDeleteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersSecondaryEmailsDeleteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersSecondaryEmailsResendVerificationEmails: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails_to_resend": [
                 *         {
                 *           "user": {
                 *             ".tag": "email",
                 *             "email": "user@company.com"
                 *           },
                 *           "secondary_emails": [
                 *             "alias@company.com"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersSecondaryEmailsResendVerificationEmailsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersSecondaryEmailsResendVerificationEmailsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersSendWelcomeEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       ".tag": "email",
                 *       "email": "pending@company.com"
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersSendWelcomeEmailRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersSendWelcomeEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersSetAdminPermissionsV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "email",
                 *         "email": "user@company.com"
                 *       },
                 *       "new_roles": [
                 *         "pid_dbtmr:3"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersSetAdminPermissionsV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersSetAdminPermissionsV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersSetProfileV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "team_member_id",
                 *         "team_member_id": "dbmid:AAHhy7WsR0x-u4ZCqiDl5Fz5zvuL3kmspwU"
                 *       },
                 *       "new_given_name": "John",
                 *       "new_surname": "Smith"
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersSetProfileV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersSetProfileV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersSuspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "email",
                 *         "email": "user@company.com"
                 *       },
                 *       "wipe_data": false
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersSuspendRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersSuspendResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamMembersUnsuspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                 *         ".tag": "email",
                 *         "email": "user@company.com"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamMembersUnsuspendRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersUnsuspendResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamNamespacesList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["TeamNamespacesListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamNamespacesListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamSharingAllowlistAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "domains": [
                 *         "partner.com"
                 *       ],
                 *       "emails": [
                 *         "external@client.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamSharingAllowlistAddRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamSharingAllowlistAddResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamSharingAllowlistList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["TeamSharingAllowlistListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamSharingAllowlistListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTeamFolderActivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team_folder_id": "13646676387"
                 *     }
                 */
                "application/json": components["schemas"]["TeamTeamFolderActivateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTeamFolderActivateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTeamFolderArchive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team_folder_id": "13646676387",
                 *       "force_async_off": false
                 *     }
                 */
                "application/json": components["schemas"]["TeamTeamFolderArchiveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTeamFolderArchiveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTeamFolderCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Folder Name",
                 *       "sync_setting": {
                 *         ".tag": "default"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamTeamFolderCreateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTeamFolderCreateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTeamFolderGetInfo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team_folder_ids": [
                 *         "13646676387"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TeamTeamFolderGetInfoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTeamFolderGetInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTeamFolderList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["TeamTeamFolderListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTeamFolderListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTeamFolderPermanentlyDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team_folder_id": "13646676387"
                 *     }
                 */
                "application/json": components["schemas"]["TeamTeamFolderPermanentlyDeleteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTeamFolderPermanentlyDeleteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTeamFolderRename: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team_folder_id": "13646676387",
                 *       "name": "New Name"
                 *     }
                 */
                "application/json": components["schemas"]["TeamTeamFolderRenameRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTeamFolderRenameResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTeamFolderUpdateSyncSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team_folder_id": "13646676387",
                 *       "sync_setting": {
                 *         ".tag": "default"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamTeamFolderUpdateSyncSettingsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTeamFolderUpdateSyncSettingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamTokenGetAuthenticatedAdmin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example null */
                "application/json": components["schemas"]["TeamTokenGetAuthenticatedAdminRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamTokenGetAuthenticatedAdminResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamLogGetEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "limit": 100,
                 *       "category": {
                 *         ".tag": "members"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TeamLogGetEventsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamLogGetEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    teamLogGetEventsContinue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox Business connection to use; without it the account's oldest active connection serves the request. */
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
                "application/json": components["schemas"]["TeamLogGetEventsContinueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamLogGetEventsContinueResponse"];
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
