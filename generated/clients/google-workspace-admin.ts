// Generated from providers/google-workspace-admin.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-workspace-admin.js';

/**
 * Google Workspace Admin through the Switchboard gateway: Admin SDK Directory API of a Google Workspace domain - users, groups, group members, org units, domains, roles and role assignments.
 */
export interface GoogleWorkspaceAdminClient {
    /** List or search the users of the Workspace account or one of its domains. `GET /admin/directory/v1/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** Read one user's profile and account status. `GET /admin/directory/v1/users/{userKey}` */
    getUser: Call<operations["getUser"]>;
    /** Create a user account with a primary address, name and initial password. `POST /admin/directory/v1/users` */
    createUser: Call<operations["createUser"]>;
    /** Update a user with the fields sent; repeated fields such as emails are replaced as a whole. `PUT /admin/directory/v1/users/{userKey}` */
    replaceUser: Call<operations["replaceUser"]>;
    /** Change some fields of a user, such as suspending the account. `PATCH /admin/directory/v1/users/{userKey}` */
    updateUser: Call<operations["updateUser"]>;
    /** Delete a user; the account can be restored for 20 days. `DELETE /admin/directory/v1/users/{userKey}` */
    deleteUser: Call<operations["deleteUser"]>;
    /** Grant or take away super administrator rights for a user. `POST /admin/directory/v1/users/{userKey}/makeAdmin` */
    makeUserAdmin: Call<operations["makeUserAdmin"]>;
    /** List the groups of the account or a domain, or the groups a given user belongs to. `GET /admin/directory/v1/groups` */
    listGroups: Paged<operations["listGroups"]>;
    /** Read one group. `GET /admin/directory/v1/groups/{groupKey}` */
    getGroup: Call<operations["getGroup"]>;
    /** Create a group with an address, name and description. `POST /admin/directory/v1/groups` */
    createGroup: Call<operations["createGroup"]>;
    /** Update a group's address, name or description. `PUT /admin/directory/v1/groups/{groupKey}` */
    replaceGroup: Call<operations["replaceGroup"]>;
    /** Delete a group. `DELETE /admin/directory/v1/groups/{groupKey}` */
    deleteGroup: Call<operations["deleteGroup"]>;
    /** List the members of a group, optionally only those with certain roles. `GET /admin/directory/v1/groups/{groupKey}/members` */
    listMembers: Paged<operations["listMembers"]>;
    /** Add a user or group to a group with a role. `POST /admin/directory/v1/groups/{groupKey}/members` */
    createMember: Call<operations["createMember"]>;
    /** Change a member's role or mail delivery setting in a group. `PATCH /admin/directory/v1/groups/{groupKey}/members/{memberKey}` */
    updateMember: Call<operations["updateMember"]>;
    /** Take a member out of a group. `DELETE /admin/directory/v1/groups/{groupKey}/members/{memberKey}` */
    deleteMember: Call<operations["deleteMember"]>;
    /** List the organisational units of the account, below the root or a given unit. `GET /admin/directory/v1/customer/{customerId}/orgunits` */
    listOrgUnits: Call<operations["listOrgUnits"]>;
    /** Read one organisational unit. `GET /admin/directory/v1/customer/{customerId}/orgunits/{orgUnitPath}` */
    getOrgUnit: Call<operations["getOrgUnit"]>;
    /** Create an organisational unit under a parent unit. `POST /admin/directory/v1/customer/{customerId}/orgunits` */
    createOrgUnit: Call<operations["createOrgUnit"]>;
    /** Delete an empty organisational unit. `DELETE /admin/directory/v1/customer/{customerId}/orgunits/{orgUnitPath}` */
    deleteOrgUnit: Call<operations["deleteOrgUnit"]>;
    /** List the domains of the Workspace account and whether each is verified. `GET /admin/directory/v1/customer/{customerId}/domains` */
    listDomains: Call<operations["listDomains"]>;
    /** Read one domain of the account. `GET /admin/directory/v1/customer/{customerId}/domains/{domainName}` */
    getDomain: Call<operations["getDomain"]>;
    /** List the administrator roles of the account, built-in and custom, with their privileges. `GET /admin/directory/v1/customer/{customerId}/roles` */
    listRoles: Paged<operations["listRoles"]>;
    /** List who holds which administrator role, optionally for one role or one user. `GET /admin/directory/v1/customer/{customerId}/roleassignments` */
    listRoleAssignments: Paged<operations["listRoleAssignments"]>;
    /** Give a user or group an administrator role across the account or within one org unit. `POST /admin/directory/v1/customer/{customerId}/roleassignments` */
    createRoleAssignment: Call<operations["createRoleAssignment"]>;
}

const routes: Routes<GoogleWorkspaceAdminClient> = {
    listUsers: {"method":"GET","path":"/admin/directory/v1/users","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getUser: {"method":"GET","path":"/admin/directory/v1/users/{userKey}"},
    createUser: {"method":"POST","path":"/admin/directory/v1/users","body":"application/json"},
    replaceUser: {"method":"PUT","path":"/admin/directory/v1/users/{userKey}","body":"application/json"},
    updateUser: {"method":"PATCH","path":"/admin/directory/v1/users/{userKey}","body":"application/json"},
    deleteUser: {"method":"DELETE","path":"/admin/directory/v1/users/{userKey}"},
    makeUserAdmin: {"method":"POST","path":"/admin/directory/v1/users/{userKey}/makeAdmin","body":"application/json"},
    listGroups: {"method":"GET","path":"/admin/directory/v1/groups","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getGroup: {"method":"GET","path":"/admin/directory/v1/groups/{groupKey}"},
    createGroup: {"method":"POST","path":"/admin/directory/v1/groups","body":"application/json"},
    replaceGroup: {"method":"PUT","path":"/admin/directory/v1/groups/{groupKey}","body":"application/json"},
    deleteGroup: {"method":"DELETE","path":"/admin/directory/v1/groups/{groupKey}"},
    listMembers: {"method":"GET","path":"/admin/directory/v1/groups/{groupKey}/members","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createMember: {"method":"POST","path":"/admin/directory/v1/groups/{groupKey}/members","body":"application/json"},
    updateMember: {"method":"PATCH","path":"/admin/directory/v1/groups/{groupKey}/members/{memberKey}","body":"application/json"},
    deleteMember: {"method":"DELETE","path":"/admin/directory/v1/groups/{groupKey}/members/{memberKey}"},
    listOrgUnits: {"method":"GET","path":"/admin/directory/v1/customer/{customerId}/orgunits"},
    getOrgUnit: {"method":"GET","path":"/admin/directory/v1/customer/{customerId}/orgunits/{orgUnitPath}"},
    createOrgUnit: {"method":"POST","path":"/admin/directory/v1/customer/{customerId}/orgunits","body":"application/json"},
    deleteOrgUnit: {"method":"DELETE","path":"/admin/directory/v1/customer/{customerId}/orgunits/{orgUnitPath}"},
    listDomains: {"method":"GET","path":"/admin/directory/v1/customer/{customerId}/domains"},
    getDomain: {"method":"GET","path":"/admin/directory/v1/customer/{customerId}/domains/{domainName}"},
    listRoles: {"method":"GET","path":"/admin/directory/v1/customer/{customerId}/roles","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listRoleAssignments: {"method":"GET","path":"/admin/directory/v1/customer/{customerId}/roleassignments","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createRoleAssignment: {"method":"POST","path":"/admin/directory/v1/customer/{customerId}/roleassignments","body":"application/json"},
};

/**
 * The Google Workspace Admin client: `const api = googleWorkspaceAdmin(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleWorkspaceAdmin = (sb: Switchboard): GoogleWorkspaceAdminClient => bindClient<GoogleWorkspaceAdminClient>(sb, "google-workspace-admin", routes);
