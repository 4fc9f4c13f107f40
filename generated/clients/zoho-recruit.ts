// Generated from providers/zoho-recruit.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-recruit.js';

/**
 * Zoho Recruit through the Switchboard gateway: Candidates, job openings, applications, interviews and other Zoho Recruit module records, with search and module metadata.
 */
export interface ZohoRecruitClient {
    /**
     * List the modules of the Recruit account with their API names.
     *
     * `GET /recruit/v2/settings/modules`
     */
    listModules(args?: Args<operations["listModules"]>, options?: CallOptions): Promise<Result<Data<operations["listModules"]>>>;
    /**
     * Read one module's metadata (labels, permissions, related lists).
     *
     * `GET /recruit/v2/settings/modules/{module_api_name}`
     */
    getModule(args: Args<operations["getModule"]>, options?: CallOptions): Promise<Result<Data<operations["getModule"]>>>;
    /**
     * List records of a module a page at a time.
     *
     * `GET /recruit/v2/{module_api_name}`
     */
    listRecords: {
        (args: Args<operations["listRecords"]>, options?: CallOptions): Promise<Result<Data<operations["listRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecords"]>, void, undefined>;
    };
    /**
     * Read one record of a module.
     *
     * `GET /recruit/v2/{module_api_name}/{record_id}`
     */
    getRecord(args: Args<operations["getRecord"]>, options?: CallOptions): Promise<Result<Data<operations["getRecord"]>>>;
    /**
     * Insert up to 100 records into a module.
     *
     * `POST /recruit/v2/{module_api_name}`
     */
    createRecords(args: Args<operations["createRecords"]>, options?: CallOptions): Promise<Result<Data<operations["createRecords"]>>>;
    /**
     * Update up to 100 records of a module; each entry names its id.
     *
     * `PUT /recruit/v2/{module_api_name}`
     */
    updateRecords(args: Args<operations["updateRecords"]>, options?: CallOptions): Promise<Result<Data<operations["updateRecords"]>>>;
    /**
     * Update one record identified in the path.
     *
     * `PUT /recruit/v2/{module_api_name}/{record_id}`
     */
    updateRecord(args: Args<operations["updateRecord"]>, options?: CallOptions): Promise<Result<Data<operations["updateRecord"]>>>;
    /**
     * Delete up to 100 records of a module by id.
     *
     * `DELETE /recruit/v2/{module_api_name}`
     */
    deleteRecords(args: Args<operations["deleteRecords"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecords"]>>>;
    /**
     * Find records of a module by criteria, email, phone or a free-text word.
     *
     * `GET /recruit/v2/{module_api_name}/search`
     */
    searchRecords: {
        (args: Args<operations["searchRecords"]>, options?: CallOptions): Promise<Result<Data<operations["searchRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchRecords"]>, void, undefined>;
    };
}

const routes = {
    listModules: {"method":"GET","path":"/recruit/v2/settings/modules"},
    getModule: {"method":"GET","path":"/recruit/v2/settings/modules/{module_api_name}"},
    listRecords: {"method":"GET","path":"/recruit/v2/{module_api_name}","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getRecord: {"method":"GET","path":"/recruit/v2/{module_api_name}/{record_id}"},
    createRecords: {"method":"POST","path":"/recruit/v2/{module_api_name}","body":"application/json"},
    updateRecords: {"method":"PUT","path":"/recruit/v2/{module_api_name}","body":"application/json"},
    updateRecord: {"method":"PUT","path":"/recruit/v2/{module_api_name}/{record_id}","body":"application/json"},
    deleteRecords: {"method":"DELETE","path":"/recruit/v2/{module_api_name}"},
    searchRecords: {"method":"GET","path":"/recruit/v2/{module_api_name}/search","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
} satisfies Record<string, Route>;

/**
 * The Zoho Recruit client: `const api = zohoRecruit(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoRecruit(client: Switchboard): ZohoRecruitClient {
    const app = "zoho-recruit";
    return {
        listModules: (args, options) => client.call(app, routes.listModules, args, options),
        getModule: (args, options) => client.call(app, routes.getModule, args, options),
        listRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecords, args, options) }) as ZohoRecruitClient["listRecords"],
        getRecord: (args, options) => client.call(app, routes.getRecord, args, options),
        createRecords: (args, options) => client.call(app, routes.createRecords, args, options),
        updateRecords: (args, options) => client.call(app, routes.updateRecords, args, options),
        updateRecord: (args, options) => client.call(app, routes.updateRecord, args, options),
        deleteRecords: (args, options) => client.call(app, routes.deleteRecords, args, options),
        searchRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchRecords, args, options) }) as ZohoRecruitClient["searchRecords"],
    };
}