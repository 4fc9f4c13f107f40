// Generated from providers/zoho-bigin.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-bigin.js';

/**
 * Zoho Bigin through the Switchboard gateway: Contacts, companies, pipelines, products and other Bigin records, with search, users and module metadata.
 */
export interface ZohoBiginClient {
    /**
     * List contacts a page at a time with the fields asked for.
     *
     * `GET /bigin/v2/Contacts`
     */
    listContacts: {
        (args: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with all its fields.
     *
     * `GET /bigin/v2/Contacts/{id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create up to 100 contacts; each needs a Last_Name.
     *
     * `POST /bigin/v2/Contacts`
     */
    createContacts(args: Args<operations["createContacts"]>, options?: CallOptions): Promise<Result<Data<operations["createContacts"]>>>;
    /**
     * Update up to 100 contacts; each entry carries the contact's id.
     *
     * `PUT /bigin/v2/Contacts`
     */
    updateContacts(args: Args<operations["updateContacts"]>, options?: CallOptions): Promise<Result<Data<operations["updateContacts"]>>>;
    /**
     * Delete up to 100 contacts by id.
     *
     * `DELETE /bigin/v2/Contacts`
     */
    deleteContacts(args: Args<operations["deleteContacts"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContacts"]>>>;
    /**
     * Find contacts by criteria, email, phone or a free-text word.
     *
     * `GET /bigin/v2/Contacts/search`
     */
    searchContacts: {
        (args?: Args<operations["searchContacts"]>, options?: CallOptions): Promise<Result<Data<operations["searchContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["searchContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchContacts"]>, void, undefined>;
    };
    /**
     * List companies (the Accounts module) with the fields asked for.
     *
     * `GET /bigin/v2/Accounts`
     */
    listCompanies: {
        (args: Args<operations["listCompanies"]>, options?: CallOptions): Promise<Result<Data<operations["listCompanies"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCompanies"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCompanies"]>, void, undefined>;
    };
    /**
     * List records of any module (Pipelines, Products, Tasks …) with the fields asked for.
     *
     * `GET /bigin/v2/{module_api_name}`
     */
    listRecords: {
        (args: Args<operations["listRecords"]>, options?: CallOptions): Promise<Result<Data<operations["listRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecords"]>, void, undefined>;
    };
    /**
     * Read one record of any module.
     *
     * `GET /bigin/v2/{module_api_name}/{id}`
     */
    getRecord(args: Args<operations["getRecord"]>, options?: CallOptions): Promise<Result<Data<operations["getRecord"]>>>;
    /**
     * Create up to 100 records in any module.
     *
     * `POST /bigin/v2/{module_api_name}`
     */
    createRecords(args: Args<operations["createRecords"]>, options?: CallOptions): Promise<Result<Data<operations["createRecords"]>>>;
    /**
     * Update up to 100 records of any module; each entry carries its id.
     *
     * `PUT /bigin/v2/{module_api_name}`
     */
    updateRecords(args: Args<operations["updateRecords"]>, options?: CallOptions): Promise<Result<Data<operations["updateRecords"]>>>;
    /**
     * Delete up to 100 records of any module by id.
     *
     * `DELETE /bigin/v2/{module_api_name}`
     */
    deleteRecords(args: Args<operations["deleteRecords"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecords"]>>>;
    /**
     * Find records of any module by criteria, email, phone or word.
     *
     * `GET /bigin/v2/{module_api_name}/search`
     */
    searchRecords: {
        (args: Args<operations["searchRecords"]>, options?: CallOptions): Promise<Result<Data<operations["searchRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchRecords"]>, void, undefined>;
    };
    /**
     * List the users of the Bigin organisation, filtered by kind.
     *
     * `GET /bigin/v2/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * List the modules of the Bigin account with their API names.
     *
     * `GET /bigin/v2/settings/modules`
     */
    listModules(args?: Args<operations["listModules"]>, options?: CallOptions): Promise<Result<Data<operations["listModules"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Zoho Bigin client: `const api = zohoBigin(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoBigin(client: Switchboard): ZohoBiginClient {
    const app = "zoho-bigin";
    return {
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as ZohoBiginClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContacts: (args, options) => client.call(app, routes.createContacts, args, options),
        updateContacts: (args, options) => client.call(app, routes.updateContacts, args, options),
        deleteContacts: (args, options) => client.call(app, routes.deleteContacts, args, options),
        searchContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchContacts, args, options) }) as ZohoBiginClient["searchContacts"],
        listCompanies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCompanies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCompanies, args, options) }) as ZohoBiginClient["listCompanies"],
        listRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecords, args, options) }) as ZohoBiginClient["listRecords"],
        getRecord: (args, options) => client.call(app, routes.getRecord, args, options),
        createRecords: (args, options) => client.call(app, routes.createRecords, args, options),
        updateRecords: (args, options) => client.call(app, routes.updateRecords, args, options),
        deleteRecords: (args, options) => client.call(app, routes.deleteRecords, args, options),
        searchRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchRecords, args, options) }) as ZohoBiginClient["searchRecords"],
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as ZohoBiginClient["listUsers"],
        listModules: (args, options) => client.call(app, routes.listModules, args, options),
    };
}