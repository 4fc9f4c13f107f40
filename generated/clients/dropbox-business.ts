// Generated from providers/dropbox-business.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/dropbox-business.js';

/**
 * Dropbox Business through the Switchboard gateway: Team administration for Dropbox Business, covering members, groups, team folders, devices, linked apps, quotas, allowlists and the audit log.
 */
export interface DropboxBusinessClient {
    /** Read the team's name, id, licence counts and policies. `POST /2/team/get_info` */
    teamGetInfo: Call<operations["teamGetInfo"]>;
    /** Ask whether the team has particular features and what their limits are. `POST /2/team/features/get_values` */
    teamFeaturesGetValues: Call<operations["teamFeaturesGetValues"]>;
    /** Find out which team admin authorised the connection's token. `POST /2/team/token/get_authenticated_admin` */
    teamTokenGetAuthenticatedAdmin: Call<operations["teamTokenGetAuthenticatedAdmin"]>;
    /** List the team's members, a page at a time. `POST /2/team/members/list` */
    teamMembersList: Call<operations["teamMembersList"]>;
    /** List the team's members with their admin roles (preferred over list). `POST /2/team/members/list_v2` */
    teamMembersListV2: Call<operations["teamMembersListV2"]>;
    /** Fetch the next page of a member listing. `POST /2/team/members/list/continue` */
    teamMembersListContinue: Paged<operations["teamMembersListContinue"]>;
    /** Look up members by email, team member id or external id. `POST /2/team/members/get_info` */
    teamMembersGetInfo: Call<operations["teamMembersGetInfo"]>;
    /** Look up members and their admin roles by email, team member id or external id (preferred). `POST /2/team/members/get_info_v2` */
    teamMembersGetInfoV2: Call<operations["teamMembersGetInfoV2"]>;
    /** Invite up to 20 new members to the team; may finish asynchronously. `POST /2/team/members/add` */
    teamMembersAdd: Call<operations["teamMembersAdd"]>;
    /** Suspend a member, optionally wiping their data from linked devices. `POST /2/team/members/suspend` */
    teamMembersSuspend: Call<operations["teamMembersSuspend"]>;
    /** Lift a member's suspension. `POST /2/team/members/unsuspend` */
    teamMembersUnsuspend: Call<operations["teamMembersUnsuspend"]>;
    /** Remove a member from the team, optionally moving their files to another member first. `POST /2/team/members/remove` */
    teamMembersRemove: Call<operations["teamMembersRemove"]>;
    /** Send the welcome email again to a member whose invitation is still pending. `POST /2/team/members/send_welcome_email` */
    teamMembersSendWelcomeEmail: Call<operations["teamMembersSendWelcomeEmail"]>;
    /** Change a member's name, email, external id or persistent id. `POST /2/team/members/set_profile_v2` */
    teamMembersSetProfileV2: Call<operations["teamMembersSetProfileV2"]>;
    /** Give a member a new set of admin roles (an empty list removes admin rights). `POST /2/team/members/set_admin_permissions_v2` */
    teamMembersSetAdminPermissionsV2: Call<operations["teamMembersSetAdminPermissionsV2"]>;
    /** Remove a member's profile photo. `POST /2/team/members/delete_profile_photo_v2` */
    teamMembersDeleteProfilePhotoV2: Call<operations["teamMembersDeleteProfilePhotoV2"]>;
    /** Add secondary email addresses to members (each has to be verified by the member). `POST /2/team/members/secondary_emails/add` */
    teamMembersSecondaryEmailsAdd: Call<operations["teamMembersSecondaryEmailsAdd"]>;
    /** Remove secondary email addresses from members. `POST /2/team/members/secondary_emails/delete` */
    teamMembersSecondaryEmailsDelete: Call<operations["teamMembersSecondaryEmailsDelete"]>;
    /** Send the verification emails for members' unverified secondary addresses again. `POST /2/team/members/secondary_emails/resend_verification_emails` */
    teamMembersSecondaryEmailsResendVerificationEmails: Call<operations["teamMembersSecondaryEmailsResendVerificationEmails"]>;
    /** List the team's groups. `POST /2/team/groups/list` */
    teamGroupsList: Call<operations["teamGroupsList"]>;
    /** Read groups by id or external id. `POST /2/team/groups/get_info` */
    teamGroupsGetInfo: Call<operations["teamGroupsGetInfo"]>;
    /** Create an empty group. `POST /2/team/groups/create` */
    teamGroupsCreate: Call<operations["teamGroupsCreate"]>;
    /** Rename a group or change its external id or management type. `POST /2/team/groups/update` */
    teamGroupsUpdate: Call<operations["teamGroupsUpdate"]>;
    /** Delete a group; answers with a job id to poll. `POST /2/team/groups/delete` */
    teamGroupsDelete: Call<operations["teamGroupsDelete"]>;
    /** List the members of a group. `POST /2/team/groups/members/list` */
    teamGroupsMembersList: Call<operations["teamGroupsMembersList"]>;
    /** Add members to a group as members or owners; may finish asynchronously. `POST /2/team/groups/members/add` */
    teamGroupsMembersAdd: Call<operations["teamGroupsMembersAdd"]>;
    /** Take members out of a group; may finish asynchronously. `POST /2/team/groups/members/remove` */
    teamGroupsMembersRemove: Call<operations["teamGroupsMembersRemove"]>;
    /** Poll an asynchronous group job (delete, member add or remove). `POST /2/team/groups/job_status/get` */
    teamGroupsJobStatusGet: Call<operations["teamGroupsJobStatusGet"]>;
    /** List the team's team folders, active and archived. `POST /2/team/team_folder/list` */
    teamTeamFolderList: Call<operations["teamTeamFolderList"]>;
    /** Read team folders by id. `POST /2/team/team_folder/get_info` */
    teamTeamFolderGetInfo: Call<operations["teamTeamFolderGetInfo"]>;
    /** Create a team folder. `POST /2/team/team_folder/create` */
    teamTeamFolderCreate: Call<operations["teamTeamFolderCreate"]>;
    /** Rename a team folder. `POST /2/team/team_folder/rename` */
    teamTeamFolderRename: Call<operations["teamTeamFolderRename"]>;
    /** Archive an active team folder; large folders may be archived asynchronously. `POST /2/team/team_folder/archive` */
    teamTeamFolderArchive: Call<operations["teamTeamFolderArchive"]>;
    /** Bring an archived team folder back into use. `POST /2/team/team_folder/activate` */
    teamTeamFolderActivate: Call<operations["teamTeamFolderActivate"]>;
    /** Change whether a team folder (or folders inside it) syncs to members' devices by default. `POST /2/team/team_folder/update_sync_settings` */
    teamTeamFolderUpdateSyncSettings: Call<operations["teamTeamFolderUpdateSyncSettings"]>;
    /** Destroy an archived team folder and everything in it for good. `POST /2/team/team_folder/permanently_delete` */
    teamTeamFolderPermanentlyDelete: Call<operations["teamTeamFolderPermanentlyDelete"]>;
    /** List the namespaces (member homes, shared and team folders) the team can reach. `POST /2/team/namespaces/list` */
    teamNamespacesList: Call<operations["teamNamespacesList"]>;
    /** List the web sessions, desktop clients and mobile clients of every member. `POST /2/team/devices/list_members_devices` */
    teamDevicesListMembersDevices: Paged<operations["teamDevicesListMembersDevices"]>;
    /** List the sessions and linked devices of one member. `POST /2/team/devices/list_member_devices` */
    teamDevicesListMemberDevices: Call<operations["teamDevicesListMemberDevices"]>;
    /** End one web session or unlink one desktop or mobile client of a member. `POST /2/team/devices/revoke_device_session` */
    teamDevicesRevokeDeviceSession: Call<operations["teamDevicesRevokeDeviceSession"]>;
    /** End or unlink several member sessions in one call. `POST /2/team/devices/revoke_device_session_batch` */
    teamDevicesRevokeDeviceSessionBatch: Call<operations["teamDevicesRevokeDeviceSessionBatch"]>;
    /** List the third-party apps every member has linked to their account. `POST /2/team/linked_apps/list_members_linked_apps` */
    teamLinkedAppsListMembersLinkedApps: Paged<operations["teamLinkedAppsListMembersLinkedApps"]>;
    /** List the third-party apps linked across the team (older variant of list_members_linked_apps). `POST /2/team/linked_apps/list_team_linked_apps` */
    teamLinkedAppsListTeamLinkedApps: Paged<operations["teamLinkedAppsListTeamLinkedApps"]>;
    /** Unlink a third-party app from one member's account. `POST /2/team/linked_apps/revoke_linked_app` */
    teamLinkedAppsRevokeLinkedApp: Call<operations["teamLinkedAppsRevokeLinkedApp"]>;
    /** Read the custom storage quota of up to 1000 members. `POST /2/team/member_space_limits/get_custom_quota` */
    teamMemberSpaceLimitsGetCustomQuota: Call<operations["teamMemberSpaceLimitsGetCustomQuota"]>;
    /** Set a custom storage quota in GB for up to 1000 members. `POST /2/team/member_space_limits/set_custom_quota` */
    teamMemberSpaceLimitsSetCustomQuota: Call<operations["teamMemberSpaceLimitsSetCustomQuota"]>;
    /** List members exempt from the team's space limit. `POST /2/team/member_space_limits/excluded_users/list` */
    teamMemberSpaceLimitsExcludedUsersList: Call<operations["teamMemberSpaceLimitsExcludedUsersList"]>;
    /** List the domains and email addresses outside the team that members may always share with. `POST /2/team/sharing_allowlist/list` */
    teamSharingAllowlistList: Call<operations["teamSharingAllowlistList"]>;
    /** Add domains or email addresses to the team's sharing allowlist. `POST /2/team/sharing_allowlist/add` */
    teamSharingAllowlistAdd: Call<operations["teamSharingAllowlistAdd"]>;
    /** Read the team's audit events, optionally filtered by member, time range, category or event type. `POST /2/team_log/get_events` */
    teamLogGetEvents: Call<operations["teamLogGetEvents"]>;
    /** Fetch the next page of audit events. `POST /2/team_log/get_events/continue` */
    teamLogGetEventsContinue: Paged<operations["teamLogGetEventsContinue"]>;
    /** List a folder in one member's Dropbox, chosen with the Dropbox-API-Select-User header. `POST /2/files/list_folder` */
    filesListFolder: Call<operations["filesListFolder"]>;
    /** List the shared folders one member can reach, chosen with the Dropbox-API-Select-User header. `POST /2/sharing/list_folders` */
    sharingListFolders: Call<operations["sharingListFolders"]>;
}

const routes: Routes<DropboxBusinessClient> = {
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
};

/**
 * The Dropbox Business client: `const api = dropboxBusiness(new Switchboard({ baseUrl, apiKey }))`.
 */
export const dropboxBusiness = (sb: Switchboard): DropboxBusinessClient => bindClient<DropboxBusinessClient>(sb, "dropbox-business", routes);
