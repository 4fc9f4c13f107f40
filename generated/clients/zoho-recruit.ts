// Generated from providers/zoho-recruit.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-recruit.js';

/**
 * Zoho Recruit through the Switchboard gateway: Candidates, job openings, applications, interviews and other Zoho Recruit module records, with search and module metadata.
 */
export interface ZohoRecruitClient {
    /** List the modules of the Recruit account with their API names. `GET /recruit/v2/settings/modules` */
    listModules: Call<operations["listModules"]>;
    /** Read one module's metadata (labels, permissions, related lists). `GET /recruit/v2/settings/modules/{module_api_name}` */
    getModule: Call<operations["getModule"]>;
    /** List records of a module a page at a time. `GET /recruit/v2/{module_api_name}` */
    listRecords: Paged<operations["listRecords"]>;
    /** Read one record of a module. `GET /recruit/v2/{module_api_name}/{record_id}` */
    getRecord: Call<operations["getRecord"]>;
    /** Insert up to 100 records into a module. `POST /recruit/v2/{module_api_name}` */
    createRecords: Call<operations["createRecords"]>;
    /** Update up to 100 records of a module; each entry names its id. `PUT /recruit/v2/{module_api_name}` */
    updateRecords: Call<operations["updateRecords"]>;
    /** Update one record identified in the path. `PUT /recruit/v2/{module_api_name}/{record_id}` */
    updateRecord: Call<operations["updateRecord"]>;
    /** Delete up to 100 records of a module by id. `DELETE /recruit/v2/{module_api_name}` */
    deleteRecords: Call<operations["deleteRecords"]>;
    /** Find records of a module by criteria, email, phone or a free-text word. `GET /recruit/v2/{module_api_name}/search` */
    searchRecords: Paged<operations["searchRecords"]>;
}

const routes: Routes<ZohoRecruitClient> = {
    listModules: {"method":"GET","path":"/recruit/v2/settings/modules"},
    getModule: {"method":"GET","path":"/recruit/v2/settings/modules/{module_api_name}"},
    listRecords: {"method":"GET","path":"/recruit/v2/{module_api_name}","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getRecord: {"method":"GET","path":"/recruit/v2/{module_api_name}/{record_id}"},
    createRecords: {"method":"POST","path":"/recruit/v2/{module_api_name}","body":"application/json"},
    updateRecords: {"method":"PUT","path":"/recruit/v2/{module_api_name}","body":"application/json"},
    updateRecord: {"method":"PUT","path":"/recruit/v2/{module_api_name}/{record_id}","body":"application/json"},
    deleteRecords: {"method":"DELETE","path":"/recruit/v2/{module_api_name}"},
    searchRecords: {"method":"GET","path":"/recruit/v2/{module_api_name}/search","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
};

/**
 * The Zoho Recruit client: `const api = zohoRecruit(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoRecruit = (sb: Switchboard): ZohoRecruitClient => bindClient<ZohoRecruitClient>(sb, "zoho-recruit", routes);
