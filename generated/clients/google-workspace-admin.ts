// Generated from providers/google-workspace-admin.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-workspace-admin.js';

/**
 * Google Workspace Admin through the Switchboard gateway: Admin SDK Directory API of a Google Workspace domain - users, groups, group members, org units, domains, roles and role assignments.
 */
export interface GoogleWorkspaceAdminClient {
    /**
     * List or search the users of the Workspace account or one of its domains.
     *
     * `GET /admin/directory/v1/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Read one user's profile and account status.
     *
     * `GET /admin/directory/v1/users/{userKey}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Create a user account with a primary address, name and initial password.
     *
     * `POST /admin/directory/v1/users`
     */
    createUser(args: Args<operations["createUser"]>, options?: CallOptions): Promise<Result<Data<operations["createUser"]>>>;
    /**
     * Update a user with the fields sent; repeated fields such as emails are replaced as a whole.
     *
     * `PUT /admin/directory/v1/users/{userKey}`
     */
    replaceUser(args: Args<operations["replaceUser"]>, options?: CallOptions): Promise<Result<Data<operations["replaceUser"]>>>;
    /**
     * Change some fields of a user, such as suspending the account.
     *
     * `PATCH /admin/directory/v1/users/{userKey}`
     */
    updateUser(args: Args<operations["updateUser"]>, options?: CallOptions): Promise<Result<Data<operations["updateUser"]>>>;
    /**
     * Delete a user; the account can be restored for 20 days.
     *
     * `DELETE /admin/directory/v1/users/{userKey}`
     */
    deleteUser(args: Args<operations["deleteUser"]>, options?: CallOptions): Promise<Result<Data<operations["deleteUser"]>>>;
    /**
     * Grant or take away super administrator rights for a user.
     *
     * `POST /admin/directory/v1/users/{userKey}/makeAdmin`
     */
    makeUserAdmin(args: Args<operations["makeUserAdmin"]>, options?: CallOptions): Promise<Result<Data<operations["makeUserAdmin"]>>>;
    /**
     * List the groups of the account or a domain, or the groups a given user belongs to.
     *
     * `GET /admin/directory/v1/groups`
     */
    listGroups: {
        (args?: Args<operations["listGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listGroups"]>, void, undefined>;
    };
    /**
     * Read one group.
     *
     * `GET /admin/directory/v1/groups/{groupKey}`
     */
    getGroup(args: Args<operations["getGroup"]>, options?: CallOptions): Promise<Result<Data<operations["getGroup"]>>>;
    /**
     * Create a group with an address, name and description.
     *
     * `POST /admin/directory/v1/groups`
     */
    createGroup(args: Args<operations["createGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createGroup"]>>>;
    /**
     * Update a group's address, name or description.
     *
     * `PUT /admin/directory/v1/groups/{groupKey}`
     */
    replaceGroup(args: Args<operations["replaceGroup"]>, options?: CallOptions): Promise<Result<Data<operations["replaceGroup"]>>>;
    /**
     * Delete a group.
     *
     * `DELETE /admin/directory/v1/groups/{groupKey}`
     */
    deleteGroup(args: Args<operations["deleteGroup"]>, options?: CallOptions): Promise<Result<Data<operations["deleteGroup"]>>>;
    /**
     * List the members of a group, optionally only those with certain roles.
     *
     * `GET /admin/directory/v1/groups/{groupKey}/members`
     */
    listMembers: {
        (args: Args<operations["listMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listMembers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMembers"]>, void, undefined>;
    };
    /**
     * Add a user or group to a group with a role.
     *
     * `POST /admin/directory/v1/groups/{groupKey}/members`
     */
    createMember(args: Args<operations["createMember"]>, options?: CallOptions): Promise<Result<Data<operations["createMember"]>>>;
    /**
     * Change a member's role or mail delivery setting in a group.
     *
     * `PATCH /admin/directory/v1/groups/{groupKey}/members/{memberKey}`
     */
    updateMember(args: Args<operations["updateMember"]>, options?: CallOptions): Promise<Result<Data<operations["updateMember"]>>>;
    /**
     * Take a member out of a group.
     *
     * `DELETE /admin/directory/v1/groups/{groupKey}/members/{memberKey}`
     */
    deleteMember(args: Args<operations["deleteMember"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMember"]>>>;
    /**
     * List the organisational units of the account, below the root or a given unit.
     *
     * `GET /admin/directory/v1/customer/{customerId}/orgunits`
     */
    listOrgUnits(args: Args<operations["listOrgUnits"]>, options?: CallOptions): Promise<Result<Data<operations["listOrgUnits"]>>>;
    /**
     * Read one organisational unit.
     *
     * `GET /admin/directory/v1/customer/{customerId}/orgunits/{orgUnitPath}`
     */
    getOrgUnit(args: Args<operations["getOrgUnit"]>, options?: CallOptions): Promise<Result<Data<operations["getOrgUnit"]>>>;
    /**
     * Create an organisational unit under a parent unit.
     *
     * `POST /admin/directory/v1/customer/{customerId}/orgunits`
     */
    createOrgUnit(args: Args<operations["createOrgUnit"]>, options?: CallOptions): Promise<Result<Data<operations["createOrgUnit"]>>>;
    /**
     * Delete an empty organisational unit.
     *
     * `DELETE /admin/directory/v1/customer/{customerId}/orgunits/{orgUnitPath}`
     */
    deleteOrgUnit(args: Args<operations["deleteOrgUnit"]>, options?: CallOptions): Promise<Result<Data<operations["deleteOrgUnit"]>>>;
    /**
     * List the domains of the Workspace account and whether each is verified.
     *
     * `GET /admin/directory/v1/customer/{customerId}/domains`
     */
    listDomains(args: Args<operations["listDomains"]>, options?: CallOptions): Promise<Result<Data<operations["listDomains"]>>>;
    /**
     * Read one domain of the account.
     *
     * `GET /admin/directory/v1/customer/{customerId}/domains/{domainName}`
     */
    getDomain(args: Args<operations["getDomain"]>, options?: CallOptions): Promise<Result<Data<operations["getDomain"]>>>;
    /**
     * List the administrator roles of the account, built-in and custom, with their privileges.
     *
     * `GET /admin/directory/v1/customer/{customerId}/roles`
     */
    listRoles: {
        (args: Args<operations["listRoles"]>, options?: CallOptions): Promise<Result<Data<operations["listRoles"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRoles"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRoles"]>, void, undefined>;
    };
    /**
     * List who holds which administrator role, optionally for one role or one user.
     *
     * `GET /admin/directory/v1/customer/{customerId}/roleassignments`
     */
    listRoleAssignments: {
        (args: Args<operations["listRoleAssignments"]>, options?: CallOptions): Promise<Result<Data<operations["listRoleAssignments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRoleAssignments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRoleAssignments"]>, void, undefined>;
    };
    /**
     * Give a user or group an administrator role across the account or within one org unit.
     *
     * `POST /admin/directory/v1/customer/{customerId}/roleassignments`
     */
    createRoleAssignment(args: Args<operations["createRoleAssignment"]>, options?: CallOptions): Promise<Result<Data<operations["createRoleAssignment"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Google Workspace Admin client: `const api = googleWorkspaceAdmin(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleWorkspaceAdmin(client: Switchboard): GoogleWorkspaceAdminClient {
    const app = "google-workspace-admin";
    return {
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as GoogleWorkspaceAdminClient["listUsers"],
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        createUser: (args, options) => client.call(app, routes.createUser, args, options),
        replaceUser: (args, options) => client.call(app, routes.replaceUser, args, options),
        updateUser: (args, options) => client.call(app, routes.updateUser, args, options),
        deleteUser: (args, options) => client.call(app, routes.deleteUser, args, options),
        makeUserAdmin: (args, options) => client.call(app, routes.makeUserAdmin, args, options),
        listGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listGroups, args, options) }) as GoogleWorkspaceAdminClient["listGroups"],
        getGroup: (args, options) => client.call(app, routes.getGroup, args, options),
        createGroup: (args, options) => client.call(app, routes.createGroup, args, options),
        replaceGroup: (args, options) => client.call(app, routes.replaceGroup, args, options),
        deleteGroup: (args, options) => client.call(app, routes.deleteGroup, args, options),
        listMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMembers, args, options) }) as GoogleWorkspaceAdminClient["listMembers"],
        createMember: (args, options) => client.call(app, routes.createMember, args, options),
        updateMember: (args, options) => client.call(app, routes.updateMember, args, options),
        deleteMember: (args, options) => client.call(app, routes.deleteMember, args, options),
        listOrgUnits: (args, options) => client.call(app, routes.listOrgUnits, args, options),
        getOrgUnit: (args, options) => client.call(app, routes.getOrgUnit, args, options),
        createOrgUnit: (args, options) => client.call(app, routes.createOrgUnit, args, options),
        deleteOrgUnit: (args, options) => client.call(app, routes.deleteOrgUnit, args, options),
        listDomains: (args, options) => client.call(app, routes.listDomains, args, options),
        getDomain: (args, options) => client.call(app, routes.getDomain, args, options),
        listRoles: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRoles, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRoles, args, options) }) as GoogleWorkspaceAdminClient["listRoles"],
        listRoleAssignments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRoleAssignments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRoleAssignments, args, options) }) as GoogleWorkspaceAdminClient["listRoleAssignments"],
        createRoleAssignment: (args, options) => client.call(app, routes.createRoleAssignment, args, options),
    };
}