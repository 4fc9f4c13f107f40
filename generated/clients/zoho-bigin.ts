// Generated from providers/zoho-bigin.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-bigin.js';

/**
 * Zoho Bigin through the Switchboard gateway: Contacts, companies, pipelines, products and other Bigin records, with search, users and module metadata.
 */
export interface ZohoBiginClient {
    /** List contacts a page at a time with the fields asked for. `GET /bigin/v2/Contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with all its fields. `GET /bigin/v2/Contacts/{id}` */
    getContact: Call<operations["getContact"]>;
    /** Create up to 100 contacts; each needs a Last_Name. `POST /bigin/v2/Contacts` */
    createContacts: Call<operations["createContacts"]>;
    /** Update up to 100 contacts; each entry carries the contact's id. `PUT /bigin/v2/Contacts` */
    updateContacts: Call<operations["updateContacts"]>;
    /** Delete up to 100 contacts by id. `DELETE /bigin/v2/Contacts` */
    deleteContacts: Call<operations["deleteContacts"]>;
    /** Find contacts by criteria, email, phone or a free-text word. `GET /bigin/v2/Contacts/search` */
    searchContacts: Paged<operations["searchContacts"]>;
    /** List companies (the Accounts module) with the fields asked for. `GET /bigin/v2/Accounts` */
    listCompanies: Paged<operations["listCompanies"]>;
    /** List records of any module (Pipelines, Products, Tasks …) with the fields asked for. `GET /bigin/v2/{module_api_name}` */
    listRecords: Paged<operations["listRecords"]>;
    /** Read one record of any module. `GET /bigin/v2/{module_api_name}/{id}` */
    getRecord: Call<operations["getRecord"]>;
    /** Create up to 100 records in any module. `POST /bigin/v2/{module_api_name}` */
    createRecords: Call<operations["createRecords"]>;
    /** Update up to 100 records of any module; each entry carries its id. `PUT /bigin/v2/{module_api_name}` */
    updateRecords: Call<operations["updateRecords"]>;
    /** Delete up to 100 records of any module by id. `DELETE /bigin/v2/{module_api_name}` */
    deleteRecords: Call<operations["deleteRecords"]>;
    /** Find records of any module by criteria, email, phone or word. `GET /bigin/v2/{module_api_name}/search` */
    searchRecords: Paged<operations["searchRecords"]>;
    /** List the users of the Bigin organisation, filtered by kind. `GET /bigin/v2/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** List the modules of the Bigin account with their API names. `GET /bigin/v2/settings/modules` */
    listModules: Call<operations["listModules"]>;
}

const routes: Routes<ZohoBiginClient> = {
    listContacts: {"method":"GET","path":"/bigin/v2/Contacts","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getContact: {"method":"GET","path":"/bigin/v2/Contacts/{id}"},
    createContacts: {"method":"POST","path":"/bigin/v2/Contacts","body":"application/json"},
    updateContacts: {"method":"PUT","path":"/bigin/v2/Contacts","body":"application/json"},
    deleteContacts: {"method":"DELETE","path":"/bigin/v2/Contacts"},
    searchContacts: {"method":"GET","path":"/bigin/v2/Contacts/search","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    listCompanies: {"method":"GET","path":"/bigin/v2/Accounts","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    listRecords: {"method":"GET","path":"/bigin/v2/{module_api_name}","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getRecord: {"method":"GET","path":"/bigin/v2/{module_api_name}/{id}"},
    createRecords: {"method":"POST","path":"/bigin/v2/{module_api_name}","body":"application/json"},
    updateRecords: {"method":"PUT","path":"/bigin/v2/{module_api_name}","body":"application/json"},
    deleteRecords: {"method":"DELETE","path":"/bigin/v2/{module_api_name}"},
    searchRecords: {"method":"GET","path":"/bigin/v2/{module_api_name}/search","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    listUsers: {"method":"GET","path":"/bigin/v2/users","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"users"}},
    listModules: {"method":"GET","path":"/bigin/v2/settings/modules"},
};

/**
 * The Zoho Bigin client: `const api = zohoBigin(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoBigin = (sb: Switchboard): ZohoBiginClient => bindClient<ZohoBiginClient>(sb, "zoho-bigin", routes);
