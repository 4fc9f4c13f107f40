// Generated from providers/zoho-crm.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-crm.js';

/**
 * Zoho CRM through the Switchboard gateway: Records of any Zoho CRM module (leads, contacts, accounts, deals …), search, users, roles, profiles and module metadata.
 */
export interface ZohoCrmClient {
    /**
     * List records of a module a page at a time, with the fields asked for.
     *
     * `GET /crm/v8/{module_api_name}`
     */
    listRecords: {
        (args: Args<operations["listRecords"]>, options?: CallOptions): Promise<Result<Data<operations["listRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecords"]>, void, undefined>;
    };
    /**
     * Read one record with all of its fields.
     *
     * `GET /crm/v8/{module_api_name}/{record_id}`
     */
    getRecord(args: Args<operations["getRecord"]>, options?: CallOptions): Promise<Result<Data<operations["getRecord"]>>>;
    /**
     * Insert up to 100 records into a module in one call.
     *
     * `POST /crm/v8/{module_api_name}`
     */
    createRecords(args: Args<operations["createRecords"]>, options?: CallOptions): Promise<Result<Data<operations["createRecords"]>>>;
    /**
     * Update up to 100 records in one call; each record carries its id.
     *
     * `PUT /crm/v8/{module_api_name}`
     */
    updateRecords(args: Args<operations["updateRecords"]>, options?: CallOptions): Promise<Result<Data<operations["updateRecords"]>>>;
    /**
     * Delete up to 100 records of a module by id (they go to the recycle bin).
     *
     * `DELETE /crm/v8/{module_api_name}`
     */
    deleteRecords(args: Args<operations["deleteRecords"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecords"]>>>;
    /**
     * Find records of a module by criteria, email, phone or a free-text word.
     *
     * `GET /crm/v8/{module_api_name}/search`
     */
    searchRecords: {
        (args: Args<operations["searchRecords"]>, options?: CallOptions): Promise<Result<Data<operations["searchRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchRecords"]>, void, undefined>;
    };
    /**
     * Read the organisation's name, id, currency, time zone and licence details.
     *
     * `GET /crm/v8/org`
     */
    getOrganization(args?: Args<operations["getOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganization"]>>>;
    /**
     * List the organisation's users, filtered by kind (active, admins, current user …).
     *
     * `GET /crm/v8/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Read one user with role, profile and locale settings.
     *
     * `GET /crm/v8/users/{user_id}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List the modules of the organisation with their API names and capabilities.
     *
     * `GET /crm/v8/settings/modules`
     */
    listModules(args?: Args<operations["listModules"]>, options?: CallOptions): Promise<Result<Data<operations["listModules"]>>>;
    /**
     * List the fields of a module with their API names, types and picklist values.
     *
     * `GET /crm/v8/settings/fields`
     */
    listFields(args: Args<operations["listFields"]>, options?: CallOptions): Promise<Result<Data<operations["listFields"]>>>;
    /**
     * List the layouts of a module with their sections and fields.
     *
     * `GET /crm/v8/settings/layouts`
     */
    listLayouts(args: Args<operations["listLayouts"]>, options?: CallOptions): Promise<Result<Data<operations["listLayouts"]>>>;
    /**
     * List the roles of the organisation's role hierarchy.
     *
     * `GET /crm/v8/settings/roles`
     */
    listRoles(args?: Args<operations["listRoles"]>, options?: CallOptions): Promise<Result<Data<operations["listRoles"]>>>;
    /**
     * Read one role and whom it reports to.
     *
     * `GET /crm/v8/settings/roles/{role_id}`
     */
    getRole(args: Args<operations["getRole"]>, options?: CallOptions): Promise<Result<Data<operations["getRole"]>>>;
    /**
     * List the permission profiles of the organisation.
     *
     * `GET /crm/v8/settings/profiles`
     */
    listProfiles(args?: Args<operations["listProfiles"]>, options?: CallOptions): Promise<Result<Data<operations["listProfiles"]>>>;
    /**
     * Read one profile with its permission details.
     *
     * `GET /crm/v8/settings/profiles/{profile_id}`
     */
    getProfile(args: Args<operations["getProfile"]>, options?: CallOptions): Promise<Result<Data<operations["getProfile"]>>>;
}

const routes = {
    listRecords: {"method":"GET","path":"/crm/v8/{module_api_name}","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getRecord: {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}"},
    createRecords: {"method":"POST","path":"/crm/v8/{module_api_name}","body":"application/json"},
    updateRecords: {"method":"PUT","path":"/crm/v8/{module_api_name}","body":"application/json"},
    deleteRecords: {"method":"DELETE","path":"/crm/v8/{module_api_name}"},
    searchRecords: {"method":"GET","path":"/crm/v8/{module_api_name}/search","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getOrganization: {"method":"GET","path":"/crm/v8/org"},
    listUsers: {"method":"GET","path":"/crm/v8/users","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"users"}},
    getUser: {"method":"GET","path":"/crm/v8/users/{user_id}"},
    listModules: {"method":"GET","path":"/crm/v8/settings/modules"},
    listFields: {"method":"GET","path":"/crm/v8/settings/fields"},
    listLayouts: {"method":"GET","path":"/crm/v8/settings/layouts"},
    listRoles: {"method":"GET","path":"/crm/v8/settings/roles"},
    getRole: {"method":"GET","path":"/crm/v8/settings/roles/{role_id}"},
    listProfiles: {"method":"GET","path":"/crm/v8/settings/profiles"},
    getProfile: {"method":"GET","path":"/crm/v8/settings/profiles/{profile_id}"},
} satisfies Record<string, Route>;

/**
 * The Zoho CRM client: `const api = zohoCrm(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoCrm(client: Switchboard): ZohoCrmClient {
    const app = "zoho-crm";
    return {
        listRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecords, args, options) }) as ZohoCrmClient["listRecords"],
        getRecord: (args, options) => client.call(app, routes.getRecord, args, options),
        createRecords: (args, options) => client.call(app, routes.createRecords, args, options),
        updateRecords: (args, options) => client.call(app, routes.updateRecords, args, options),
        deleteRecords: (args, options) => client.call(app, routes.deleteRecords, args, options),
        searchRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchRecords, args, options) }) as ZohoCrmClient["searchRecords"],
        getOrganization: (args, options) => client.call(app, routes.getOrganization, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as ZohoCrmClient["listUsers"],
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listModules: (args, options) => client.call(app, routes.listModules, args, options),
        listFields: (args, options) => client.call(app, routes.listFields, args, options),
        listLayouts: (args, options) => client.call(app, routes.listLayouts, args, options),
        listRoles: (args, options) => client.call(app, routes.listRoles, args, options),
        getRole: (args, options) => client.call(app, routes.getRole, args, options),
        listProfiles: (args, options) => client.call(app, routes.listProfiles, args, options),
        getProfile: (args, options) => client.call(app, routes.getProfile, args, options),
    };
}