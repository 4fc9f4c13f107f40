// Generated from providers/quickbooks.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/quickbooks.js';

/**
 * QuickBooks through the Switchboard gateway: Customers, vendors, items, invoices, payments, bills and financial reports of a QuickBooks Online company.
 */
export interface QuickbooksClient {
    /** Read the company's name, address, fiscal year and country settings. `GET /v3/company/:realmId/companyinfo/:realmId` */
    getCompanyInfo: Call<operations["getCompanyInfo"]>;
    /** Read the company's accounting, sales-form and currency preferences. `GET /v3/company/:realmId/preferences` */
    getPreferences: Call<operations["getPreferences"]>;
    /** Run a QuickBooks query (SELECT … FROM Entity WHERE … MAXRESULTS n) over any entity. `GET /v3/company/:realmId/query` */
    query: Call<operations["query"]>;
    /** Read one customer by id. `GET /v3/company/:realmId/customer/{customerId}` */
    getCustomer: Call<operations["getCustomer"]>;
    /** Create a customer, or update one when the body carries its Id and SyncToken (Active false deactivates it). `POST /v3/company/:realmId/customer` */
    saveCustomer: Call<operations["saveCustomer"]>;
    /** Read one vendor by id. `GET /v3/company/:realmId/vendor/{vendorId}` */
    getVendor: Call<operations["getVendor"]>;
    /** Create a vendor, or update one when the body carries its Id and SyncToken. `POST /v3/company/:realmId/vendor` */
    saveVendor: Call<operations["saveVendor"]>;
    /** Read one product or service item by id. `GET /v3/company/:realmId/item/{itemId}` */
    getItem: Call<operations["getItem"]>;
    /** Create a product or service item, or update one by Id and SyncToken. `POST /v3/company/:realmId/item` */
    saveItem: Call<operations["saveItem"]>;
    /** Read one invoice by id. `GET /v3/company/:realmId/invoice/{invoiceId}` */
    getInvoice: Call<operations["getInvoice"]>;
    /** Create or update an invoice; with operation=void or operation=delete, void or delete it. `POST /v3/company/:realmId/invoice` */
    saveInvoice: Call<operations["saveInvoice"]>;
    /** Record a customer payment, optionally applied to invoices through LinkedTxn lines. `POST /v3/company/:realmId/payment` */
    savePayment: Call<operations["savePayment"]>;
    /** Create or update a vendor bill; with operation=delete, delete it. `POST /v3/company/:realmId/bill` */
    saveBill: Call<operations["saveBill"]>;
    /** Pay vendor bills by check or credit card. `POST /v3/company/:realmId/billpayment` */
    saveBillPayment: Call<operations["saveBillPayment"]>;
    /** Profit and loss report for a date range. `GET /v3/company/:realmId/reports/ProfitAndLoss` */
    getProfitAndLoss: Call<operations["getProfitAndLoss"]>;
    /** Balance sheet report as of a date. `GET /v3/company/:realmId/reports/BalanceSheet` */
    getBalanceSheet: Call<operations["getBalanceSheet"]>;
    /** Run up to 30 queries or entity operations in one request. `POST /v3/company/:realmId/batch` */
    batch: Call<operations["batch"]>;
}

const routes: Routes<QuickbooksClient> = {
    getCompanyInfo: {"method":"GET","path":"/v3/company/:realmId/companyinfo/:realmId"},
    getPreferences: {"method":"GET","path":"/v3/company/:realmId/preferences"},
    query: {"method":"GET","path":"/v3/company/:realmId/query"},
    getCustomer: {"method":"GET","path":"/v3/company/:realmId/customer/{customerId}"},
    saveCustomer: {"method":"POST","path":"/v3/company/:realmId/customer","body":"application/json"},
    getVendor: {"method":"GET","path":"/v3/company/:realmId/vendor/{vendorId}"},
    saveVendor: {"method":"POST","path":"/v3/company/:realmId/vendor","body":"application/json"},
    getItem: {"method":"GET","path":"/v3/company/:realmId/item/{itemId}"},
    saveItem: {"method":"POST","path":"/v3/company/:realmId/item","body":"application/json"},
    getInvoice: {"method":"GET","path":"/v3/company/:realmId/invoice/{invoiceId}"},
    saveInvoice: {"method":"POST","path":"/v3/company/:realmId/invoice","body":"application/json"},
    savePayment: {"method":"POST","path":"/v3/company/:realmId/payment","body":"application/json"},
    saveBill: {"method":"POST","path":"/v3/company/:realmId/bill","body":"application/json"},
    saveBillPayment: {"method":"POST","path":"/v3/company/:realmId/billpayment","body":"application/json"},
    getProfitAndLoss: {"method":"GET","path":"/v3/company/:realmId/reports/ProfitAndLoss"},
    getBalanceSheet: {"method":"GET","path":"/v3/company/:realmId/reports/BalanceSheet"},
    batch: {"method":"POST","path":"/v3/company/:realmId/batch","body":"application/json"},
};

/**
 * The QuickBooks client: `const api = quickbooks(new Switchboard({ baseUrl, apiKey }))`.
 */
export const quickbooks = (sb: Switchboard): QuickbooksClient => bindClient<QuickbooksClient>(sb, "quickbooks", routes);
