// Generated from providers/google-merchant.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-merchant.js';

/**
 * Google Merchant through the Switchboard gateway: Merchant API of Google Merchant Center - accounts, products and product inputs, data sources, inventories, promotions and reports.
 */
export interface GoogleMerchantClient {
    /** List the Merchant Center accounts the user can reach, including sub-accounts. `GET /accounts/v1/accounts` */
    listAccounts: Paged<operations["listAccounts"]>;
    /** List accounts through the beta version, which works before developer registration and so reveals the account id. `GET /accounts/v1beta/accounts` */
    listAccountsV1beta: Paged<operations["listAccountsV1beta"]>;
    /** Read one Merchant Center account; also a quick check that registration worked. `GET /accounts/v1/accounts/{accountId}` */
    getAccount: Call<operations["getAccount"]>;
    /** Register the calling Cloud project with a Merchant Center account, once, so the v1 endpoints can be used. `POST /accounts/v1/accounts/{accountId}/developerRegistration:registerGcp` */
    registerGcp: Call<operations["registerGcp"]>;
    /** List the processed products of an account with their attributes and status. `GET /products/v1/accounts/{accountId}/products` */
    listProducts: Paged<operations["listProducts"]>;
    /** Read one processed product, including disapproval issues per destination. `GET /products/v1/accounts/{accountId}/products/{productId}` */
    getProduct: Call<operations["getProduct"]>;
    /** Add a product, or replace it when the same offer already exists, in an API data source. `POST /products/v1/accounts/{accountId}/productInputs:insert` */
    insertProductInput: Call<operations["insertProductInput"]>;
    /** Remove a product input from a data source; the product goes once no source supplies it. `DELETE /products/v1/accounts/{accountId}/productInputs/{productId}` */
    deleteProductInput: Call<operations["deleteProductInput"]>;
    /** List the account's data sources and their input type (API, file, UI or autofeed). `GET /datasources/v1/accounts/{accountId}/dataSources` */
    listDataSources: Paged<operations["listDataSources"]>;
    /** List the region-specific prices and availability of a product. `GET /inventories/v1/accounts/{accountId}/products/{productId}/regionalInventories` */
    listRegionalInventories: Paged<operations["listRegionalInventories"]>;
    /** List the per-store prices, stock and pickup options of a product sold locally. `GET /inventories/v1/accounts/{accountId}/products/{productId}/localInventories` */
    listLocalInventories: Paged<operations["listLocalInventories"]>;
    /** List the account's promotions (needs Promotions programme enrolment). `GET /promotions/v1/accounts/{accountId}/promotions` */
    listPromotions: Paged<operations["listPromotions"]>;
    /** Run a Merchant Center Query Language query over report tables such as product_view or product_performance_view. `POST /reports/v1/accounts/{accountId}/reports:search` */
    searchReports: Paged<operations["searchReports"]>;
}

const routes: Routes<GoogleMerchantClient> = {
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
};

/**
 * The Google Merchant client: `const api = googleMerchant(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleMerchant = (sb: Switchboard): GoogleMerchantClient => bindClient<GoogleMerchantClient>(sb, "google-merchant", routes);
