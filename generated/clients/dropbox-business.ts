// Generated from providers/dropbox-business.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/dropbox-business.js';

/**
 * Dropbox Business through the Switchboard gateway: Team administration for Dropbox Business, covering members, groups, team folders, devices, linked apps, quotas, allowlists and the audit log.
 */
export interface DropboxBusinessClient {
    /**
     * Read the team's name, id, licence counts and policies.
     *
     * `POST /2/team/get_info`
     */
    teamGetInfo(args?: Args<operations["teamGetInfo"]>, options?: CallOptions): Promise<Result<Data<operations["teamGetInfo"]>>>;
    /**
     * Ask whether the team has particular features and what their limits are.
     *
     * `POST /2/team/features/get_values`
     */
    teamFeaturesGetValues(args: Args<operations["teamFeaturesGetValues"]>, options?: CallOptions): Promise<Result<Data<operations["teamFeaturesGetValues"]>>>;
    /**
     * Find out which team admin authorised the connection's token.
     *
     * `POST /2/team/token/get_authenticated_admin`
     */
    teamTokenGetAuthenticatedAdmin(args?: Args<operations["teamTokenGetAuthenticatedAdmin"]>, options?: CallOptions): Promise<Result<Data<operations["teamTokenGetAuthenticatedAdmin"]>>>;
    /**
     * List the team's members, a page at a time.
     *
     * `POST /2/team/members/list`
     */
    teamMembersList(args?: Args<operations["teamMembersList"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersList"]>>>;
    /**
     * List the team's members with their admin roles (preferred over list).
     *
     * `POST /2/team/members/list_v2`
     */
    teamMembersListV2(args?: Args<operations["teamMembersListV2"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersListV2"]>>>;
    /**
     * Fetch the next page of a member listing.
     *
     * `POST /2/team/members/list/continue`
     */
    teamMembersListContinue: {
        (args: Args<operations["teamMembersListContinue"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersListContinue"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["teamMembersListContinue"]>, options?: CallOptions): AsyncGenerator<Data<operations["teamMembersListContinue"]>, void, undefined>;
    };
    /**
     * Look up members by email, team member id or external id.
     *
     * `POST /2/team/members/get_info`
     */
    teamMembersGetInfo(args: Args<operations["teamMembersGetInfo"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersGetInfo"]>>>;
    /**
     * Look up members and their admin roles by email, team member id or external id (preferred).
     *
     * `POST /2/team/members/get_info_v2`
     */
    teamMembersGetInfoV2(args: Args<operations["teamMembersGetInfoV2"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersGetInfoV2"]>>>;
    /**
     * Invite up to 20 new members to the team; may finish asynchronously.
     *
     * `POST /2/team/members/add`
     */
    teamMembersAdd(args: Args<operations["teamMembersAdd"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersAdd"]>>>;
    /**
     * Suspend a member, optionally wiping their data from linked devices.
     *
     * `POST /2/team/members/suspend`
     */
    teamMembersSuspend(args: Args<operations["teamMembersSuspend"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersSuspend"]>>>;
    /**
     * Lift a member's suspension.
     *
     * `POST /2/team/members/unsuspend`
     */
    teamMembersUnsuspend(args: Args<operations["teamMembersUnsuspend"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersUnsuspend"]>>>;
    /**
     * Remove a member from the team, optionally moving their files to another member first.
     *
     * `POST /2/team/members/remove`
     */
    teamMembersRemove(args: Args<operations["teamMembersRemove"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersRemove"]>>>;
    /**
     * Send the welcome email again to a member whose invitation is still pending.
     *
     * `POST /2/team/members/send_welcome_email`
     */
    teamMembersSendWelcomeEmail(args: Args<operations["teamMembersSendWelcomeEmail"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersSendWelcomeEmail"]>>>;
    /**
     * Change a member's name, email, external id or persistent id.
     *
     * `POST /2/team/members/set_profile_v2`
     */
    teamMembersSetProfileV2(args: Args<operations["teamMembersSetProfileV2"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersSetProfileV2"]>>>;
    /**
     * Give a member a new set of admin roles (an empty list removes admin rights).
     *
     * `POST /2/team/members/set_admin_permissions_v2`
     */
    teamMembersSetAdminPermissionsV2(args: Args<operations["teamMembersSetAdminPermissionsV2"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersSetAdminPermissionsV2"]>>>;
    /**
     * Remove a member's profile photo.
     *
     * `POST /2/team/members/delete_profile_photo_v2`
     */
    teamMembersDeleteProfilePhotoV2(args: Args<operations["teamMembersDeleteProfilePhotoV2"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersDeleteProfilePhotoV2"]>>>;
    /**
     * Add secondary email addresses to members (each has to be verified by the member).
     *
     * `POST /2/team/members/secondary_emails/add`
     */
    teamMembersSecondaryEmailsAdd(args: Args<operations["teamMembersSecondaryEmailsAdd"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersSecondaryEmailsAdd"]>>>;
    /**
     * Remove secondary email addresses from members.
     *
     * `POST /2/team/members/secondary_emails/delete`
     */
    teamMembersSecondaryEmailsDelete(args: Args<operations["teamMembersSecondaryEmailsDelete"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersSecondaryEmailsDelete"]>>>;
    /**
     * Send the verification emails for members' unverified secondary addresses again.
     *
     * `POST /2/team/members/secondary_emails/resend_verification_emails`
     */
    teamMembersSecondaryEmailsResendVerificationEmails(args: Args<operations["teamMembersSecondaryEmailsResendVerificationEmails"]>, options?: CallOptions): Promise<Result<Data<operations["teamMembersSecondaryEmailsResendVerificationEmails"]>>>;
    /**
     * List the team's groups.
     *
     * `POST /2/team/groups/list`
     */
    teamGroupsList(args?: Args<operations["teamGroupsList"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsList"]>>>;
    /**
     * Read groups by id or external id.
     *
     * `POST /2/team/groups/get_info`
     */
    teamGroupsGetInfo(args: Args<operations["teamGroupsGetInfo"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsGetInfo"]>>>;
    /**
     * Create an empty group.
     *
     * `POST /2/team/groups/create`
     */
    teamGroupsCreate(args: Args<operations["teamGroupsCreate"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsCreate"]>>>;
    /**
     * Rename a group or change its external id or management type.
     *
     * `POST /2/team/groups/update`
     */
    teamGroupsUpdate(args: Args<operations["teamGroupsUpdate"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsUpdate"]>>>;
    /**
     * Delete a group; answers with a job id to poll.
     *
     * `POST /2/team/groups/delete`
     */
    teamGroupsDelete(args: Args<operations["teamGroupsDelete"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsDelete"]>>>;
    /**
     * List the members of a group.
     *
     * `POST /2/team/groups/members/list`
     */
    teamGroupsMembersList(args: Args<operations["teamGroupsMembersList"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsMembersList"]>>>;
    /**
     * Add members to a group as members or owners; may finish asynchronously.
     *
     * `POST /2/team/groups/members/add`
     */
    teamGroupsMembersAdd(args: Args<operations["teamGroupsMembersAdd"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsMembersAdd"]>>>;
    /**
     * Take members out of a group; may finish asynchronously.
     *
     * `POST /2/team/groups/members/remove`
     */
    teamGroupsMembersRemove(args: Args<operations["teamGroupsMembersRemove"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsMembersRemove"]>>>;
    /**
     * Poll an asynchronous group job (delete, member add or remove).
     *
     * `POST /2/team/groups/job_status/get`
     */
    teamGroupsJobStatusGet(args: Args<operations["teamGroupsJobStatusGet"]>, options?: CallOptions): Promise<Result<Data<operations["teamGroupsJobStatusGet"]>>>;
    /**
     * List the team's team folders, active and archived.
     *
     * `POST /2/team/team_folder/list`
     */
    teamTeamFolderList(args?: Args<operations["teamTeamFolderList"]>, options?: CallOptions): Promise<Result<Data<operations["teamTeamFolderList"]>>>;
    /**
     * Read team folders by id.
     *
     * `POST /2/team/team_folder/get_info`
     */
    teamTeamFolderGetInfo(args: Args<operations["teamTeamFolderGetInfo"]>, options?: CallOptions): Promise<Result<Data<operations["teamTeamFolderGetInfo"]>>>;
    /**
     * Create a team folder.
     *
     * `POST /2/team/team_folder/create`
     */
    teamTeamFolderCreate(args: Args<operations["teamTeamFolderCreate"]>, options?: CallOptions): Promise<Result<Data<operations["teamTeamFolderCreate"]>>>;
    /**
     * Rename a team folder.
     *
     * `POST /2/team/team_folder/rename`
     */
    teamTeamFolderRename(args: Args<operations["teamTeamFolderRename"]>, options?: CallOptions): Promise<Result<Data<operations["teamTeamFolderRename"]>>>;
    /**
     * Archive an active team folder; large folders may be archived asynchronously.
     *
     * `POST /2/team/team_folder/archive`
     */
    teamTeamFolderArchive(args: Args<operations["teamTeamFolderArchive"]>, options?: CallOptions): Promise<Result<Data<operations["teamTeamFolderArchive"]>>>;
    /**
     * Bring an archived team folder back into use.
     *
     * `POST /2/team/team_folder/activate`
     */
    teamTeamFolderActivate(args: Args<operations["teamTeamFolderActivate"]>, options?: CallOptions): Promise<Result<Data<operations["teamTeamFolderActivate"]>>>;
    /**
     * Change whether a team folder (or folders inside it) syncs to members' devices by default.
     *
     * `POST /2/team/team_folder/update_sync_settings`
     */
    teamTeamFolderUpdateSyncSettings(args: Args<operations["teamTeamFolderUpdateSyncSettings"]>, options?: CallOptions): Promise<Result<Data<operations["teamTeamFolderUpdateSyncSettings"]>>>;
    /**
     * Destroy an archived team folder and everything in it for good.
     *
     * `POST /2/team/team_folder/permanently_delete`
     */
    teamTeamFolderPermanentlyDelete(args: Args<operations["teamTeamFolderPermanentlyDelete"]>, options?: CallOptions): Promise<Result<Data<operations["teamTeamFolderPermanentlyDelete"]>>>;
    /**
     * List the namespaces (member homes, shared and team folders) the team can reach.
     *
     * `POST /2/team/namespaces/list`
     */
    teamNamespacesList(args?: Args<operations["teamNamespacesList"]>, options?: CallOptions): Promise<Result<Data<operations["teamNamespacesList"]>>>;
    /**
     * List the web sessions, desktop clients and mobile clients of every member.
     *
     * `POST /2/team/devices/list_members_devices`
     */
    teamDevicesListMembersDevices: {
        (args?: Args<operations["teamDevicesListMembersDevices"]>, options?: CallOptions): Promise<Result<Data<operations["teamDevicesListMembersDevices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["teamDevicesListMembersDevices"]>, options?: CallOptions): AsyncGenerator<Data<operations["teamDevicesListMembersDevices"]>, void, undefined>;
    };
    /**
     * List the sessions and linked devices of one member.
     *
     * `POST /2/team/devices/list_member_devices`
     */
    teamDevicesListMemberDevices(args: Args<operations["teamDevicesListMemberDevices"]>, options?: CallOptions): Promise<Result<Data<operations["teamDevicesListMemberDevices"]>>>;
    /**
     * End one web session or unlink one desktop or mobile client of a member.
     *
     * `POST /2/team/devices/revoke_device_session`
     */
    teamDevicesRevokeDeviceSession(args: Args<operations["teamDevicesRevokeDeviceSession"]>, options?: CallOptions): Promise<Result<Data<operations["teamDevicesRevokeDeviceSession"]>>>;
    /**
     * End or unlink several member sessions in one call.
     *
     * `POST /2/team/devices/revoke_device_session_batch`
     */
    teamDevicesRevokeDeviceSessionBatch(args: Args<operations["teamDevicesRevokeDeviceSessionBatch"]>, options?: CallOptions): Promise<Result<Data<operations["teamDevicesRevokeDeviceSessionBatch"]>>>;
    /**
     * List the third-party apps every member has linked to their account.
     *
     * `POST /2/team/linked_apps/list_members_linked_apps`
     */
    teamLinkedAppsListMembersLinkedApps: {
        (args?: Args<operations["teamLinkedAppsListMembersLinkedApps"]>, options?: CallOptions): Promise<Result<Data<operations["teamLinkedAppsListMembersLinkedApps"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["teamLinkedAppsListMembersLinkedApps"]>, options?: CallOptions): AsyncGenerator<Data<operations["teamLinkedAppsListMembersLinkedApps"]>, void, undefined>;
    };
    /**
     * List the third-party apps linked across the team (older variant of list_members_linked_apps).
     *
     * `POST /2/team/linked_apps/list_team_linked_apps`
     */
    teamLinkedAppsListTeamLinkedApps: {
        (args?: Args<operations["teamLinkedAppsListTeamLinkedApps"]>, options?: CallOptions): Promise<Result<Data<operations["teamLinkedAppsListTeamLinkedApps"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["teamLinkedAppsListTeamLinkedApps"]>, options?: CallOptions): AsyncGenerator<Data<operations["teamLinkedAppsListTeamLinkedApps"]>, void, undefined>;
    };
    /**
     * Unlink a third-party app from one member's account.
     *
     * `POST /2/team/linked_apps/revoke_linked_app`
     */
    teamLinkedAppsRevokeLinkedApp(args: Args<operations["teamLinkedAppsRevokeLinkedApp"]>, options?: CallOptions): Promise<Result<Data<operations["teamLinkedAppsRevokeLinkedApp"]>>>;
    /**
     * Read the custom storage quota of up to 1000 members.
     *
     * `POST /2/team/member_space_limits/get_custom_quota`
     */
    teamMemberSpaceLimitsGetCustomQuota(args: Args<operations["teamMemberSpaceLimitsGetCustomQuota"]>, options?: CallOptions): Promise<Result<Data<operations["teamMemberSpaceLimitsGetCustomQuota"]>>>;
    /**
     * Set a custom storage quota in GB for up to 1000 members.
     *
     * `POST /2/team/member_space_limits/set_custom_quota`
     */
    teamMemberSpaceLimitsSetCustomQuota(args: Args<operations["teamMemberSpaceLimitsSetCustomQuota"]>, options?: CallOptions): Promise<Result<Data<operations["teamMemberSpaceLimitsSetCustomQuota"]>>>;
    /**
     * List members exempt from the team's space limit.
     *
     * `POST /2/team/member_space_limits/excluded_users/list`
     */
    teamMemberSpaceLimitsExcludedUsersList(args?: Args<operations["teamMemberSpaceLimitsExcludedUsersList"]>, options?: CallOptions): Promise<Result<Data<operations["teamMemberSpaceLimitsExcludedUsersList"]>>>;
    /**
     * List the domains and email addresses outside the team that members may always share with.
     *
     * `POST /2/team/sharing_allowlist/list`
     */
    teamSharingAllowlistList(args?: Args<operations["teamSharingAllowlistList"]>, options?: CallOptions): Promise<Result<Data<operations["teamSharingAllowlistList"]>>>;
    /**
     * Add domains or email addresses to the team's sharing allowlist.
     *
     * `POST /2/team/sharing_allowlist/add`
     */
    teamSharingAllowlistAdd(args: Args<operations["teamSharingAllowlistAdd"]>, options?: CallOptions): Promise<Result<Data<operations["teamSharingAllowlistAdd"]>>>;
    /**
     * Read the team's audit events, optionally filtered by member, time range, category or event type.
     *
     * `POST /2/team_log/get_events`
     */
    teamLogGetEvents(args?: Args<operations["teamLogGetEvents"]>, options?: CallOptions): Promise<Result<Data<operations["teamLogGetEvents"]>>>;
    /**
     * Fetch the next page of audit events.
     *
     * `POST /2/team_log/get_events/continue`
     */
    teamLogGetEventsContinue: {
        (args: Args<operations["teamLogGetEventsContinue"]>, options?: CallOptions): Promise<Result<Data<operations["teamLogGetEventsContinue"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["teamLogGetEventsContinue"]>, options?: CallOptions): AsyncGenerator<Data<operations["teamLogGetEventsContinue"]>, void, undefined>;
    };
    /**
     * List a folder in one member's Dropbox, chosen with the Dropbox-API-Select-User header.
     *
     * `POST /2/files/list_folder`
     */
    filesListFolder(args: Args<operations["filesListFolder"]>, options?: CallOptions): Promise<Result<Data<operations["filesListFolder"]>>>;
    /**
     * List the shared folders one member can reach, chosen with the Dropbox-API-Select-User header.
     *
     * `POST /2/sharing/list_folders`
     */
    sharingListFolders(args: Args<operations["sharingListFolders"]>, options?: CallOptions): Promise<Result<Data<operations["sharingListFolders"]>>>;
}

const routes = {
    teamGetInfo: {"method":"POST","path":"/2/team/get_info","body":"application/json"},
    teamFeaturesGetValues: {"method":"POST","path":"/2/team/features/get_values","body":"application/json"},
    teamTokenGetAuthenticatedAdmin: {"method":"POST","path":"/2/team/token/get_authenticated_admin","body":"application/json"},
    teamMembersList: {"method":"POST","path":"/2/team/members/list","body":"application/json"},
    teamMembersListV2: {"method":"POST","path":"/2/team/members/list_v2","body":"application/json"},
    teamMembersListContinue: {"method":"POST","path":"/2/team/members/list/continue","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    teamMembersGetInfo: {"method":"POST","path":"/2/team/members/get_info","body":"application/json"},
    teamMembersGetInfoV2: {"method":"POST","path":"/2/team/members/get_info_v2","body":"application/json"},
    teamMembersAdd: {"method":"POST","path":"/2/team/members/add","body":"application/json"},
    teamMembersSuspend: {"method":"POST","path":"/2/team/members/suspend","body":"application/json"},
    teamMembersUnsuspend: {"method":"POST","path":"/2/team/members/unsuspend","body":"application/json"},
    teamMembersRemove: {"method":"POST","path":"/2/team/members/remove","body":"application/json"},
    teamMembersSendWelcomeEmail: {"method":"POST","path":"/2/team/members/send_welcome_email","body":"application/json"},
    teamMembersSetProfileV2: {"method":"POST","path":"/2/team/members/set_profile_v2","body":"application/json"},
    teamMembersSetAdminPermissionsV2: {"method":"POST","path":"/2/team/members/set_admin_permissions_v2","body":"application/json"},
    teamMembersDeleteProfilePhotoV2: {"method":"POST","path":"/2/team/members/delete_profile_photo_v2","body":"application/json"},
    teamMembersSecondaryEmailsAdd: {"method":"POST","path":"/2/team/members/secondary_emails/add","body":"application/json"},
    teamMembersSecondaryEmailsDelete: {"method":"POST","path":"/2/team/members/secondary_emails/delete","body":"application/json"},
    teamMembersSecondaryEmailsResendVerificationEmails: {"method":"POST","path":"/2/team/members/secondary_emails/resend_verification_emails","body":"application/json"},
    teamGroupsList: {"method":"POST","path":"/2/team/groups/list","body":"application/json"},
    teamGroupsGetInfo: {"method":"POST","path":"/2/team/groups/get_info","body":"application/json"},
    teamGroupsCreate: {"method":"POST","path":"/2/team/groups/create","body":"application/json"},
    teamGroupsUpdate: {"method":"POST","path":"/2/team/groups/update","body":"application/json"},
    teamGroupsDelete: {"method":"POST","path":"/2/team/groups/delete","body":"application/json"},
    teamGroupsMembersList: {"method":"POST","path":"/2/team/groups/members/list","body":"application/json"},
    teamGroupsMembersAdd: {"method":"POST","path":"/2/team/groups/members/add","body":"application/json"},
    teamGroupsMembersRemove: {"method":"POST","path":"/2/team/groups/members/remove","body":"application/json"},
    teamGroupsJobStatusGet: {"method":"POST","path":"/2/team/groups/job_status/get","body":"application/json"},
    teamTeamFolderList: {"method":"POST","path":"/2/team/team_folder/list","body":"application/json"},
    teamTeamFolderGetInfo: {"method":"POST","path":"/2/team/team_folder/get_info","body":"application/json"},
    teamTeamFolderCreate: {"method":"POST","path":"/2/team/team_folder/create","body":"application/json"},
    teamTeamFolderRename: {"method":"POST","path":"/2/team/team_folder/rename","body":"application/json"},
    teamTeamFolderArchive: {"method":"POST","path":"/2/team/team_folder/archive","body":"application/json"},
    teamTeamFolderActivate: {"method":"POST","path":"/2/team/team_folder/activate","body":"application/json"},
    teamTeamFolderUpdateSyncSettings: {"method":"POST","path":"/2/team/team_folder/update_sync_settings","body":"application/json"},
    teamTeamFolderPermanentlyDelete: {"method":"POST","path":"/2/team/team_folder/permanently_delete","body":"application/json"},
    teamNamespacesList: {"method":"POST","path":"/2/team/namespaces/list","body":"application/json"},
    teamDevicesListMembersDevices: {"method":"POST","path":"/2/team/devices/list_members_devices","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    teamDevicesListMemberDevices: {"method":"POST","path":"/2/team/devices/list_member_devices","body":"application/json"},
    teamDevicesRevokeDeviceSession: {"method":"POST","path":"/2/team/devices/revoke_device_session","body":"application/json"},
    teamDevicesRevokeDeviceSessionBatch: {"method":"POST","path":"/2/team/devices/revoke_device_session_batch","body":"application/json"},
    teamLinkedAppsListMembersLinkedApps: {"method":"POST","path":"/2/team/linked_apps/list_members_linked_apps","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    teamLinkedAppsListTeamLinkedApps: {"method":"POST","path":"/2/team/linked_apps/list_team_linked_apps","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    teamLinkedAppsRevokeLinkedApp: {"method":"POST","path":"/2/team/linked_apps/revoke_linked_app","body":"application/json"},
    teamMemberSpaceLimitsGetCustomQuota: {"method":"POST","path":"/2/team/member_space_limits/get_custom_quota","body":"application/json"},
    teamMemberSpaceLimitsSetCustomQuota: {"method":"POST","path":"/2/team/member_space_limits/set_custom_quota","body":"application/json"},
    teamMemberSpaceLimitsExcludedUsersList: {"method":"POST","path":"/2/team/member_space_limits/excluded_users/list","body":"application/json"},
    teamSharingAllowlistList: {"method":"POST","path":"/2/team/sharing_allowlist/list","body":"application/json"},
    teamSharingAllowlistAdd: {"method":"POST","path":"/2/team/sharing_allowlist/add","body":"application/json"},
    teamLogGetEvents: {"method":"POST","path":"/2/team_log/get_events","body":"application/json"},
    teamLogGetEventsContinue: {"method":"POST","path":"/2/team_log/get_events/continue","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    filesListFolder: {"method":"POST","path":"/2/files/list_folder","body":"application/json"},
    sharingListFolders: {"method":"POST","path":"/2/sharing/list_folders","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Dropbox Business client: `const api = dropboxBusiness(new Switchboard({ baseUrl, apiKey }))`.
 */
export function dropboxBusiness(client: Switchboard): DropboxBusinessClient {
    const app = "dropbox-business";
    return {
        teamGetInfo: (args, options) => client.call(app, routes.teamGetInfo, args, options),
        teamFeaturesGetValues: (args, options) => client.call(app, routes.teamFeaturesGetValues, args, options),
        teamTokenGetAuthenticatedAdmin: (args, options) => client.call(app, routes.teamTokenGetAuthenticatedAdmin, args, options),
        teamMembersList: (args, options) => client.call(app, routes.teamMembersList, args, options),
        teamMembersListV2: (args, options) => client.call(app, routes.teamMembersListV2, args, options),
        teamMembersListContinue: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.teamMembersListContinue, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.teamMembersListContinue, args, options) }) as DropboxBusinessClient["teamMembersListContinue"],
        teamMembersGetInfo: (args, options) => client.call(app, routes.teamMembersGetInfo, args, options),
        teamMembersGetInfoV2: (args, options) => client.call(app, routes.teamMembersGetInfoV2, args, options),
        teamMembersAdd: (args, options) => client.call(app, routes.teamMembersAdd, args, options),
        teamMembersSuspend: (args, options) => client.call(app, routes.teamMembersSuspend, args, options),
        teamMembersUnsuspend: (args, options) => client.call(app, routes.teamMembersUnsuspend, args, options),
        teamMembersRemove: (args, options) => client.call(app, routes.teamMembersRemove, args, options),
        teamMembersSendWelcomeEmail: (args, options) => client.call(app, routes.teamMembersSendWelcomeEmail, args, options),
        teamMembersSetProfileV2: (args, options) => client.call(app, routes.teamMembersSetProfileV2, args, options),
        teamMembersSetAdminPermissionsV2: (args, options) => client.call(app, routes.teamMembersSetAdminPermissionsV2, args, options),
        teamMembersDeleteProfilePhotoV2: (args, options) => client.call(app, routes.teamMembersDeleteProfilePhotoV2, args, options),
        teamMembersSecondaryEmailsAdd: (args, options) => client.call(app, routes.teamMembersSecondaryEmailsAdd, args, options),
        teamMembersSecondaryEmailsDelete: (args, options) => client.call(app, routes.teamMembersSecondaryEmailsDelete, args, options),
        teamMembersSecondaryEmailsResendVerificationEmails: (args, options) => client.call(app, routes.teamMembersSecondaryEmailsResendVerificationEmails, args, options),
        teamGroupsList: (args, options) => client.call(app, routes.teamGroupsList, args, options),
        teamGroupsGetInfo: (args, options) => client.call(app, routes.teamGroupsGetInfo, args, options),
        teamGroupsCreate: (args, options) => client.call(app, routes.teamGroupsCreate, args, options),
        teamGroupsUpdate: (args, options) => client.call(app, routes.teamGroupsUpdate, args, options),
        teamGroupsDelete: (args, options) => client.call(app, routes.teamGroupsDelete, args, options),
        teamGroupsMembersList: (args, options) => client.call(app, routes.teamGroupsMembersList, args, options),
        teamGroupsMembersAdd: (args, options) => client.call(app, routes.teamGroupsMembersAdd, args, options),
        teamGroupsMembersRemove: (args, options) => client.call(app, routes.teamGroupsMembersRemove, args, options),
        teamGroupsJobStatusGet: (args, options) => client.call(app, routes.teamGroupsJobStatusGet, args, options),
        teamTeamFolderList: (args, options) => client.call(app, routes.teamTeamFolderList, args, options),
        teamTeamFolderGetInfo: (args, options) => client.call(app, routes.teamTeamFolderGetInfo, args, options),
        teamTeamFolderCreate: (args, options) => client.call(app, routes.teamTeamFolderCreate, args, options),
        teamTeamFolderRename: (args, options) => client.call(app, routes.teamTeamFolderRename, args, options),
        teamTeamFolderArchive: (args, options) => client.call(app, routes.teamTeamFolderArchive, args, options),
        teamTeamFolderActivate: (args, options) => client.call(app, routes.teamTeamFolderActivate, args, options),
        teamTeamFolderUpdateSyncSettings: (args, options) => client.call(app, routes.teamTeamFolderUpdateSyncSettings, args, options),
        teamTeamFolderPermanentlyDelete: (args, options) => client.call(app, routes.teamTeamFolderPermanentlyDelete, args, options),
        teamNamespacesList: (args, options) => client.call(app, routes.teamNamespacesList, args, options),
        teamDevicesListMembersDevices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.teamDevicesListMembersDevices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.teamDevicesListMembersDevices, args, options) }) as DropboxBusinessClient["teamDevicesListMembersDevices"],
        teamDevicesListMemberDevices: (args, options) => client.call(app, routes.teamDevicesListMemberDevices, args, options),
        teamDevicesRevokeDeviceSession: (args, options) => client.call(app, routes.teamDevicesRevokeDeviceSession, args, options),
        teamDevicesRevokeDeviceSessionBatch: (args, options) => client.call(app, routes.teamDevicesRevokeDeviceSessionBatch, args, options),
        teamLinkedAppsListMembersLinkedApps: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.teamLinkedAppsListMembersLinkedApps, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.teamLinkedAppsListMembersLinkedApps, args, options) }) as DropboxBusinessClient["teamLinkedAppsListMembersLinkedApps"],
        teamLinkedAppsListTeamLinkedApps: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.teamLinkedAppsListTeamLinkedApps, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.teamLinkedAppsListTeamLinkedApps, args, options) }) as DropboxBusinessClient["teamLinkedAppsListTeamLinkedApps"],
        teamLinkedAppsRevokeLinkedApp: (args, options) => client.call(app, routes.teamLinkedAppsRevokeLinkedApp, args, options),
        teamMemberSpaceLimitsGetCustomQuota: (args, options) => client.call(app, routes.teamMemberSpaceLimitsGetCustomQuota, args, options),
        teamMemberSpaceLimitsSetCustomQuota: (args, options) => client.call(app, routes.teamMemberSpaceLimitsSetCustomQuota, args, options),
        teamMemberSpaceLimitsExcludedUsersList: (args, options) => client.call(app, routes.teamMemberSpaceLimitsExcludedUsersList, args, options),
        teamSharingAllowlistList: (args, options) => client.call(app, routes.teamSharingAllowlistList, args, options),
        teamSharingAllowlistAdd: (args, options) => client.call(app, routes.teamSharingAllowlistAdd, args, options),
        teamLogGetEvents: (args, options) => client.call(app, routes.teamLogGetEvents, args, options),
        teamLogGetEventsContinue: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.teamLogGetEventsContinue, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.teamLogGetEventsContinue, args, options) }) as DropboxBusinessClient["teamLogGetEventsContinue"],
        filesListFolder: (args, options) => client.call(app, routes.filesListFolder, args, options),
        sharingListFolders: (args, options) => client.call(app, routes.sharingListFolders, args, options),
    };
}