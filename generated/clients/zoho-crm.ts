// Generated from providers/zoho-crm.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-crm.js';

/**
 * Zoho CRM through the Switchboard gateway: Records of any Zoho CRM module (leads, contacts, accounts, deals …), search, users, roles, profiles and module metadata.
 */
export interface ZohoCrmClient {
    /** List records of a module a page at a time, with the fields asked for. `GET /crm/v8/{module_api_name}` */
    listRecords: Paged<operations["listRecords"]>;
    /** Read one record with all of its fields. `GET /crm/v8/{module_api_name}/{record_id}` */
    getRecord: Call<operations["getRecord"]>;
    /** Insert up to 100 records into a module in one call. `POST /crm/v8/{module_api_name}` */
    createRecords: Call<operations["createRecords"]>;
    /** Update up to 100 records in one call; each record carries its id. `PUT /crm/v8/{module_api_name}` */
    updateRecords: Call<operations["updateRecords"]>;
    /** Delete up to 100 records of a module by id (they go to the recycle bin). `DELETE /crm/v8/{module_api_name}` */
    deleteRecords: Call<operations["deleteRecords"]>;
    /** Find records of a module by criteria, email, phone or a free-text word. `GET /crm/v8/{module_api_name}/search` */
    searchRecords: Paged<operations["searchRecords"]>;
    /** Read the organisation's name, id, currency, time zone and licence details. `GET /crm/v8/org` */
    getOrganization: Call<operations["getOrganization"]>;
    /** List the organisation's users, filtered by kind (active, admins, current user …). `GET /crm/v8/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** Read one user with role, profile and locale settings. `GET /crm/v8/users/{user_id}` */
    getUser: Call<operations["getUser"]>;
    /** List the modules of the organisation with their API names and capabilities. `GET /crm/v8/settings/modules` */
    listModules: Call<operations["listModules"]>;
    /** List the fields of a module with their API names, types and picklist values. `GET /crm/v8/settings/fields` */
    listFields: Call<operations["listFields"]>;
    /** List the layouts of a module with their sections and fields. `GET /crm/v8/settings/layouts` */
    listLayouts: Call<operations["listLayouts"]>;
    /** List the roles of the organisation's role hierarchy. `GET /crm/v8/settings/roles` */
    listRoles: Call<operations["listRoles"]>;
    /** Read one role and whom it reports to. `GET /crm/v8/settings/roles/{role_id}` */
    getRole: Call<operations["getRole"]>;
    /** List the permission profiles of the organisation. `GET /crm/v8/settings/profiles` */
    listProfiles: Call<operations["listProfiles"]>;
    /** Read one profile with its permission details. `GET /crm/v8/settings/profiles/{profile_id}` */
    getProfile: Call<operations["getProfile"]>;
}

const routes: Routes<ZohoCrmClient> = {
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
};

/**
 * The Zoho CRM client: `const api = zohoCrm(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoCrm = (sb: Switchboard): ZohoCrmClient => bindClient<ZohoCrmClient>(sb, "zoho-crm", routes);
