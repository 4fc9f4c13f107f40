// Generated from providers/quickbooks.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/quickbooks.js';

/**
 * QuickBooks through the Switchboard gateway: Customers, vendors, items, invoices, payments, bills and financial reports of a QuickBooks Online company.
 */
export interface QuickbooksClient {
    /**
     * Read the company's name, address, fiscal year and country settings.
     *
     * `GET /v3/company/:realmId/companyinfo/:realmId`
     */
    getCompanyInfo(args?: Args<operations["getCompanyInfo"]>, options?: CallOptions): Promise<Result<Data<operations["getCompanyInfo"]>>>;
    /**
     * Read the company's accounting, sales-form and currency preferences.
     *
     * `GET /v3/company/:realmId/preferences`
     */
    getPreferences(args?: Args<operations["getPreferences"]>, options?: CallOptions): Promise<Result<Data<operations["getPreferences"]>>>;
    /**
     * Run a QuickBooks query (SELECT … FROM Entity WHERE … MAXRESULTS n) over any entity.
     *
     * `GET /v3/company/:realmId/query`
     */
    query(args: Args<operations["query"]>, options?: CallOptions): Promise<Result<Data<operations["query"]>>>;
    /**
     * Read one customer by id.
     *
     * `GET /v3/company/:realmId/customer/{customerId}`
     */
    getCustomer(args: Args<operations["getCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["getCustomer"]>>>;
    /**
     * Create a customer, or update one when the body carries its Id and SyncToken (Active false deactivates it).
     *
     * `POST /v3/company/:realmId/customer`
     */
    saveCustomer(args: Args<operations["saveCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["saveCustomer"]>>>;
    /**
     * Read one vendor by id.
     *
     * `GET /v3/company/:realmId/vendor/{vendorId}`
     */
    getVendor(args: Args<operations["getVendor"]>, options?: CallOptions): Promise<Result<Data<operations["getVendor"]>>>;
    /**
     * Create a vendor, or update one when the body carries its Id and SyncToken.
     *
     * `POST /v3/company/:realmId/vendor`
     */
    saveVendor(args: Args<operations["saveVendor"]>, options?: CallOptions): Promise<Result<Data<operations["saveVendor"]>>>;
    /**
     * Read one product or service item by id.
     *
     * `GET /v3/company/:realmId/item/{itemId}`
     */
    getItem(args: Args<operations["getItem"]>, options?: CallOptions): Promise<Result<Data<operations["getItem"]>>>;
    /**
     * Create a product or service item, or update one by Id and SyncToken.
     *
     * `POST /v3/company/:realmId/item`
     */
    saveItem(args: Args<operations["saveItem"]>, options?: CallOptions): Promise<Result<Data<operations["saveItem"]>>>;
    /**
     * Read one invoice by id.
     *
     * `GET /v3/company/:realmId/invoice/{invoiceId}`
     */
    getInvoice(args: Args<operations["getInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["getInvoice"]>>>;
    /**
     * Create or update an invoice; with operation=void or operation=delete, void or delete it.
     *
     * `POST /v3/company/:realmId/invoice`
     */
    saveInvoice(args: Args<operations["saveInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["saveInvoice"]>>>;
    /**
     * Record a customer payment, optionally applied to invoices through LinkedTxn lines.
     *
     * `POST /v3/company/:realmId/payment`
     */
    savePayment(args: Args<operations["savePayment"]>, options?: CallOptions): Promise<Result<Data<operations["savePayment"]>>>;
    /**
     * Create or update a vendor bill; with operation=delete, delete it.
     *
     * `POST /v3/company/:realmId/bill`
     */
    saveBill(args: Args<operations["saveBill"]>, options?: CallOptions): Promise<Result<Data<operations["saveBill"]>>>;
    /**
     * Pay vendor bills by check or credit card.
     *
     * `POST /v3/company/:realmId/billpayment`
     */
    saveBillPayment(args: Args<operations["saveBillPayment"]>, options?: CallOptions): Promise<Result<Data<operations["saveBillPayment"]>>>;
    /**
     * Profit and loss report for a date range.
     *
     * `GET /v3/company/:realmId/reports/ProfitAndLoss`
     */
    getProfitAndLoss(args?: Args<operations["getProfitAndLoss"]>, options?: CallOptions): Promise<Result<Data<operations["getProfitAndLoss"]>>>;
    /**
     * Balance sheet report as of a date.
     *
     * `GET /v3/company/:realmId/reports/BalanceSheet`
     */
    getBalanceSheet(args?: Args<operations["getBalanceSheet"]>, options?: CallOptions): Promise<Result<Data<operations["getBalanceSheet"]>>>;
    /**
     * Run up to 30 queries or entity operations in one request.
     *
     * `POST /v3/company/:realmId/batch`
     */
    batch(args: Args<operations["batch"]>, options?: CallOptions): Promise<Result<Data<operations["batch"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The QuickBooks client: `const api = quickbooks(new Switchboard({ baseUrl, apiKey }))`.
 */
export function quickbooks(client: Switchboard): QuickbooksClient {
    const app = "quickbooks";
    return {
        getCompanyInfo: (args, options) => client.call(app, routes.getCompanyInfo, args, options),
        getPreferences: (args, options) => client.call(app, routes.getPreferences, args, options),
        query: (args, options) => client.call(app, routes.query, args, options),
        getCustomer: (args, options) => client.call(app, routes.getCustomer, args, options),
        saveCustomer: (args, options) => client.call(app, routes.saveCustomer, args, options),
        getVendor: (args, options) => client.call(app, routes.getVendor, args, options),
        saveVendor: (args, options) => client.call(app, routes.saveVendor, args, options),
        getItem: (args, options) => client.call(app, routes.getItem, args, options),
        saveItem: (args, options) => client.call(app, routes.saveItem, args, options),
        getInvoice: (args, options) => client.call(app, routes.getInvoice, args, options),
        saveInvoice: (args, options) => client.call(app, routes.saveInvoice, args, options),
        savePayment: (args, options) => client.call(app, routes.savePayment, args, options),
        saveBill: (args, options) => client.call(app, routes.saveBill, args, options),
        saveBillPayment: (args, options) => client.call(app, routes.saveBillPayment, args, options),
        getProfitAndLoss: (args, options) => client.call(app, routes.getProfitAndLoss, args, options),
        getBalanceSheet: (args, options) => client.call(app, routes.getBalanceSheet, args, options),
        batch: (args, options) => client.call(app, routes.batch, args, options),
    };
}