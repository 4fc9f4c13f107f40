// Generated from providers/xero.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/xero.js';

/**
 * Xero through the Switchboard gateway: Contacts, invoices, payments, bank transactions, accounts, items and financial reports of a Xero organisation.
 */
export interface XeroClient {
    /**
     * List customers and suppliers, filtered and paged.
     *
     * `GET /api.xro/2.0/Contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact by its ContactID (or contact number).
     *
     * `GET /api.xro/2.0/Contacts/{contactId}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create contacts, or update those whose ContactID is given.
     *
     * `POST /api.xro/2.0/Contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * List sales invoices and bills, filtered and paged.
     *
     * `GET /api.xro/2.0/Invoices`
     */
    listInvoices: {
        (args?: Args<operations["listInvoices"]>, options?: CallOptions): Promise<Result<Data<operations["listInvoices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listInvoices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvoices"]>, void, undefined>;
    };
    /**
     * Read one invoice by InvoiceID or invoice number, with its line items.
     *
     * `GET /api.xro/2.0/Invoices/{invoiceId}`
     */
    getInvoice(args: Args<operations["getInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["getInvoice"]>>>;
    /**
     * Create sales invoices or bills, or update those whose InvoiceID is given.
     *
     * `POST /api.xro/2.0/Invoices`
     */
    createInvoice(args: Args<operations["createInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["createInvoice"]>>>;
    /**
     * List the chart of accounts.
     *
     * `GET /api.xro/2.0/Accounts`
     */
    listAccounts(args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
    /**
     * List the products and services the organisation sells or buys.
     *
     * `GET /api.xro/2.0/Items`
     */
    listItems(args?: Args<operations["listItems"]>, options?: CallOptions): Promise<Result<Data<operations["listItems"]>>>;
    /**
     * List payments made against invoices, credit notes and prepayments.
     *
     * `GET /api.xro/2.0/Payments`
     */
    listPayments: {
        (args?: Args<operations["listPayments"]>, options?: CallOptions): Promise<Result<Data<operations["listPayments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPayments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPayments"]>, void, undefined>;
    };
    /**
     * List spend and receive money transactions on bank accounts.
     *
     * `GET /api.xro/2.0/BankTransactions`
     */
    listBankTransactions: {
        (args?: Args<operations["listBankTransactions"]>, options?: CallOptions): Promise<Result<Data<operations["listBankTransactions"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBankTransactions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBankTransactions"]>, void, undefined>;
    };
    /**
     * Profit and loss report for a date range, optionally split into periods.
     *
     * `GET /api.xro/2.0/Reports/ProfitAndLoss`
     */
    getProfitAndLoss(args?: Args<operations["getProfitAndLoss"]>, options?: CallOptions): Promise<Result<Data<operations["getProfitAndLoss"]>>>;
    /**
     * Balance sheet report as of a date.
     *
     * `GET /api.xro/2.0/Reports/BalanceSheet`
     */
    getBalanceSheet(args?: Args<operations["getBalanceSheet"]>, options?: CallOptions): Promise<Result<Data<operations["getBalanceSheet"]>>>;
    /**
     * Trial balance report as of a date.
     *
     * `GET /api.xro/2.0/Reports/TrialBalance`
     */
    getTrialBalance(args?: Args<operations["getTrialBalance"]>, options?: CallOptions): Promise<Result<Data<operations["getTrialBalance"]>>>;
    /**
     * List the currencies enabled for the organisation.
     *
     * `GET /api.xro/2.0/Currencies`
     */
    listCurrencies(args?: Args<operations["listCurrencies"]>, options?: CallOptions): Promise<Result<Data<operations["listCurrencies"]>>>;
    /**
     * List the tax rates configured for the organisation.
     *
     * `GET /api.xro/2.0/TaxRates`
     */
    listTaxRates(args?: Args<operations["listTaxRates"]>, options?: CallOptions): Promise<Result<Data<operations["listTaxRates"]>>>;
    /**
     * List credit notes issued to customers or received from suppliers.
     *
     * `GET /api.xro/2.0/CreditNotes`
     */
    listCreditNotes: {
        (args?: Args<operations["listCreditNotes"]>, options?: CallOptions): Promise<Result<Data<operations["listCreditNotes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCreditNotes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCreditNotes"]>, void, undefined>;
    };
    /**
     * List purchase orders, optionally by status and date range.
     *
     * `GET /api.xro/2.0/PurchaseOrders`
     */
    listPurchaseOrders: {
        (args?: Args<operations["listPurchaseOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listPurchaseOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPurchaseOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPurchaseOrders"]>, void, undefined>;
    };
    /**
     * Read the organisation's name, country, base currency, tax and financial-year settings.
     *
     * `GET /api.xro/2.0/Organisation`
     */
    getOrganisation(args?: Args<operations["getOrganisation"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganisation"]>>>;
}

const routes = {
    listContacts: {"method":"GET","path":"/api.xro/2.0/Contacts","comma":["IDs"],"paging":{"style":"page","pageParam":"page","firstPage":1,"items":"Contacts"}},
    getContact: {"method":"GET","path":"/api.xro/2.0/Contacts/{contactId}"},
    createContact: {"method":"POST","path":"/api.xro/2.0/Contacts","body":"application/json"},
    listInvoices: {"method":"GET","path":"/api.xro/2.0/Invoices","comma":["IDs","InvoiceNumbers","ContactIDs","Statuses"],"paging":{"style":"page","pageParam":"page","firstPage":1,"items":"Invoices"}},
    getInvoice: {"method":"GET","path":"/api.xro/2.0/Invoices/{invoiceId}"},
    createInvoice: {"method":"POST","path":"/api.xro/2.0/Invoices","body":"application/json"},
    listAccounts: {"method":"GET","path":"/api.xro/2.0/Accounts"},
    listItems: {"method":"GET","path":"/api.xro/2.0/Items"},
    listPayments: {"method":"GET","path":"/api.xro/2.0/Payments","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"Payments"}},
    listBankTransactions: {"method":"GET","path":"/api.xro/2.0/BankTransactions","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"BankTransactions"}},
    getProfitAndLoss: {"method":"GET","path":"/api.xro/2.0/Reports/ProfitAndLoss"},
    getBalanceSheet: {"method":"GET","path":"/api.xro/2.0/Reports/BalanceSheet"},
    getTrialBalance: {"method":"GET","path":"/api.xro/2.0/Reports/TrialBalance"},
    listCurrencies: {"method":"GET","path":"/api.xro/2.0/Currencies"},
    listTaxRates: {"method":"GET","path":"/api.xro/2.0/TaxRates"},
    listCreditNotes: {"method":"GET","path":"/api.xro/2.0/CreditNotes","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"CreditNotes"}},
    listPurchaseOrders: {"method":"GET","path":"/api.xro/2.0/PurchaseOrders","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"PurchaseOrders"}},
    getOrganisation: {"method":"GET","path":"/api.xro/2.0/Organisation"},
} satisfies Record<string, Route>;

/**
 * The Xero client: `const api = xero(new Switchboard({ baseUrl, apiKey }))`.
 */
export function xero(client: Switchboard): XeroClient {
    const app = "xero";
    return {
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as XeroClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        listInvoices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvoices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvoices, args, options) }) as XeroClient["listInvoices"],
        getInvoice: (args, options) => client.call(app, routes.getInvoice, args, options),
        createInvoice: (args, options) => client.call(app, routes.createInvoice, args, options),
        listAccounts: (args, options) => client.call(app, routes.listAccounts, args, options),
        listItems: (args, options) => client.call(app, routes.listItems, args, options),
        listPayments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPayments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPayments, args, options) }) as XeroClient["listPayments"],
        listBankTransactions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBankTransactions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBankTransactions, args, options) }) as XeroClient["listBankTransactions"],
        getProfitAndLoss: (args, options) => client.call(app, routes.getProfitAndLoss, args, options),
        getBalanceSheet: (args, options) => client.call(app, routes.getBalanceSheet, args, options),
        getTrialBalance: (args, options) => client.call(app, routes.getTrialBalance, args, options),
        listCurrencies: (args, options) => client.call(app, routes.listCurrencies, args, options),
        listTaxRates: (args, options) => client.call(app, routes.listTaxRates, args, options),
        listCreditNotes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCreditNotes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCreditNotes, args, options) }) as XeroClient["listCreditNotes"],
        listPurchaseOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPurchaseOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPurchaseOrders, args, options) }) as XeroClient["listPurchaseOrders"],
        getOrganisation: (args, options) => client.call(app, routes.getOrganisation, args, options),
    };
}