// Generated from providers/google-merchant.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-merchant.js';

/**
 * Google Merchant through the Switchboard gateway: Merchant API of Google Merchant Center - accounts, products and product inputs, data sources, inventories, promotions and reports.
 */
export interface GoogleMerchantClient {
    /**
     * List the Merchant Center accounts the user can reach, including sub-accounts.
     *
     * `GET /accounts/v1/accounts`
     */
    listAccounts: {
        (args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccounts"]>, void, undefined>;
    };
    /**
     * List accounts through the beta version, which works before developer registration and so reveals the account id.
     *
     * `GET /accounts/v1beta/accounts`
     */
    listAccountsV1beta: {
        (args?: Args<operations["listAccountsV1beta"]>, options?: CallOptions): Promise<Result<Data<operations["listAccountsV1beta"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccountsV1beta"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccountsV1beta"]>, void, undefined>;
    };
    /**
     * Read one Merchant Center account; also a quick check that registration worked.
     *
     * `GET /accounts/v1/accounts/{accountId}`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * Register the calling Cloud project with a Merchant Center account, once, so the v1 endpoints can be used.
     *
     * `POST /accounts/v1/accounts/{accountId}/developerRegistration:registerGcp`
     */
    registerGcp(args: Args<operations["registerGcp"]>, options?: CallOptions): Promise<Result<Data<operations["registerGcp"]>>>;
    /**
     * List the processed products of an account with their attributes and status.
     *
     * `GET /products/v1/accounts/{accountId}/products`
     */
    listProducts: {
        (args: Args<operations["listProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listProducts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProducts"]>, void, undefined>;
    };
    /**
     * Read one processed product, including disapproval issues per destination.
     *
     * `GET /products/v1/accounts/{accountId}/products/{productId}`
     */
    getProduct(args: Args<operations["getProduct"]>, options?: CallOptions): Promise<Result<Data<operations["getProduct"]>>>;
    /**
     * Add a product, or replace it when the same offer already exists, in an API data source.
     *
     * `POST /products/v1/accounts/{accountId}/productInputs:insert`
     */
    insertProductInput(args: Args<operations["insertProductInput"]>, options?: CallOptions): Promise<Result<Data<operations["insertProductInput"]>>>;
    /**
     * Remove a product input from a data source; the product goes once no source supplies it.
     *
     * `DELETE /products/v1/accounts/{accountId}/productInputs/{productId}`
     */
    deleteProductInput(args: Args<operations["deleteProductInput"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProductInput"]>>>;
    /**
     * List the account's data sources and their input type (API, file, UI or autofeed).
     *
     * `GET /datasources/v1/accounts/{accountId}/dataSources`
     */
    listDataSources: {
        (args: Args<operations["listDataSources"]>, options?: CallOptions): Promise<Result<Data<operations["listDataSources"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDataSources"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDataSources"]>, void, undefined>;
    };
    /**
     * List the region-specific prices and availability of a product.
     *
     * `GET /inventories/v1/accounts/{accountId}/products/{productId}/regionalInventories`
     */
    listRegionalInventories: {
        (args: Args<operations["listRegionalInventories"]>, options?: CallOptions): Promise<Result<Data<operations["listRegionalInventories"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRegionalInventories"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRegionalInventories"]>, void, undefined>;
    };
    /**
     * List the per-store prices, stock and pickup options of a product sold locally.
     *
     * `GET /inventories/v1/accounts/{accountId}/products/{productId}/localInventories`
     */
    listLocalInventories: {
        (args: Args<operations["listLocalInventories"]>, options?: CallOptions): Promise<Result<Data<operations["listLocalInventories"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listLocalInventories"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLocalInventories"]>, void, undefined>;
    };
    /**
     * List the account's promotions (needs Promotions programme enrolment).
     *
     * `GET /promotions/v1/accounts/{accountId}/promotions`
     */
    listPromotions: {
        (args: Args<operations["listPromotions"]>, options?: CallOptions): Promise<Result<Data<operations["listPromotions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPromotions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPromotions"]>, void, undefined>;
    };
    /**
     * Run a Merchant Center Query Language query over report tables such as product_view or product_performance_view.
     *
     * `POST /reports/v1/accounts/{accountId}/reports:search`
     */
    searchReports: {
        (args: Args<operations["searchReports"]>, options?: CallOptions): Promise<Result<Data<operations["searchReports"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchReports"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchReports"]>, void, undefined>;
    };
}

const routes = {
    listAccounts: {"method":"GET","path":"/accounts/v1/accounts","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listAccountsV1beta: {"method":"GET","path":"/accounts/v1beta/accounts","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getAccount: {"method":"GET","path":"/accounts/v1/accounts/{accountId}"},
    registerGcp: {"method":"POST","path":"/accounts/v1/accounts/{accountId}/developerRegistration:registerGcp","body":"application/json"},
    listProducts: {"method":"GET","path":"/products/v1/accounts/{accountId}/products","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getProduct: {"method":"GET","path":"/products/v1/accounts/{accountId}/products/{productId}"},
    insertProductInput: {"method":"POST","path":"/products/v1/accounts/{accountId}/productInputs:insert","body":"application/json"},
    deleteProductInput: {"method":"DELETE","path":"/products/v1/accounts/{accountId}/productInputs/{productId}"},
    listDataSources: {"method":"GET","path":"/datasources/v1/accounts/{accountId}/dataSources","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listRegionalInventories: {"method":"GET","path":"/inventories/v1/accounts/{accountId}/products/{productId}/regionalInventories","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listLocalInventories: {"method":"GET","path":"/inventories/v1/accounts/{accountId}/products/{productId}/localInventories","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listPromotions: {"method":"GET","path":"/promotions/v1/accounts/{accountId}/promotions","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    searchReports: {"method":"POST","path":"/reports/v1/accounts/{accountId}/reports:search","body":"application/json","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken","in":"body"}},
} satisfies Record<string, Route>;

/**
 * The Google Merchant client: `const api = googleMerchant(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleMerchant(client: Switchboard): GoogleMerchantClient {
    const app = "google-merchant";
    return {
        listAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccounts, args, options) }) as GoogleMerchantClient["listAccounts"],
        listAccountsV1beta: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccountsV1beta, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccountsV1beta, args, options) }) as GoogleMerchantClient["listAccountsV1beta"],
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        registerGcp: (args, options) => client.call(app, routes.registerGcp, args, options),
        listProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProducts, args, options) }) as GoogleMerchantClient["listProducts"],
        getProduct: (args, options) => client.call(app, routes.getProduct, args, options),
        insertProductInput: (args, options) => client.call(app, routes.insertProductInput, args, options),
        deleteProductInput: (args, options) => client.call(app, routes.deleteProductInput, args, options),
        listDataSources: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDataSources, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDataSources, args, options) }) as GoogleMerchantClient["listDataSources"],
        listRegionalInventories: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRegionalInventories, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRegionalInventories, args, options) }) as GoogleMerchantClient["listRegionalInventories"],
        listLocalInventories: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLocalInventories, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLocalInventories, args, options) }) as GoogleMerchantClient["listLocalInventories"],
        listPromotions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPromotions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPromotions, args, options) }) as GoogleMerchantClient["listPromotions"],
        searchReports: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchReports, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchReports, args, options) }) as GoogleMerchantClient["searchReports"],
    };
}