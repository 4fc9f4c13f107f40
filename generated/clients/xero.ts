// Generated from providers/xero.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/xero.js';

/**
 * Xero through the Switchboard gateway: Contacts, invoices, payments, bank transactions, accounts, items and financial reports of a Xero organisation.
 */
export interface XeroClient {
    /** List customers and suppliers, filtered and paged. `GET /api.xro/2.0/Contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact by its ContactID (or contact number). `GET /api.xro/2.0/Contacts/{contactId}` */
    getContact: Call<operations["getContact"]>;
    /** Create contacts, or update those whose ContactID is given. `POST /api.xro/2.0/Contacts` */
    createContact: Call<operations["createContact"]>;
    /** List sales invoices and bills, filtered and paged. `GET /api.xro/2.0/Invoices` */
    listInvoices: Paged<operations["listInvoices"]>;
    /** Read one invoice by InvoiceID or invoice number, with its line items. `GET /api.xro/2.0/Invoices/{invoiceId}` */
    getInvoice: Call<operations["getInvoice"]>;
    /** Create sales invoices or bills, or update those whose InvoiceID is given. `POST /api.xro/2.0/Invoices` */
    createInvoice: Call<operations["createInvoice"]>;
    /** List the chart of accounts. `GET /api.xro/2.0/Accounts` */
    listAccounts: Call<operations["listAccounts"]>;
    /** List the products and services the organisation sells or buys. `GET /api.xro/2.0/Items` */
    listItems: Call<operations["listItems"]>;
    /** List payments made against invoices, credit notes and prepayments. `GET /api.xro/2.0/Payments` */
    listPayments: Paged<operations["listPayments"]>;
    /** List spend and receive money transactions on bank accounts. `GET /api.xro/2.0/BankTransactions` */
    listBankTransactions: Paged<operations["listBankTransactions"]>;
    /** Profit and loss report for a date range, optionally split into periods. `GET /api.xro/2.0/Reports/ProfitAndLoss` */
    getProfitAndLoss: Call<operations["getProfitAndLoss"]>;
    /** Balance sheet report as of a date. `GET /api.xro/2.0/Reports/BalanceSheet` */
    getBalanceSheet: Call<operations["getBalanceSheet"]>;
    /** Trial balance report as of a date. `GET /api.xro/2.0/Reports/TrialBalance` */
    getTrialBalance: Call<operations["getTrialBalance"]>;
    /** List the currencies enabled for the organisation. `GET /api.xro/2.0/Currencies` */
    listCurrencies: Call<operations["listCurrencies"]>;
    /** List the tax rates configured for the organisation. `GET /api.xro/2.0/TaxRates` */
    listTaxRates: Call<operations["listTaxRates"]>;
    /** List credit notes issued to customers or received from suppliers. `GET /api.xro/2.0/CreditNotes` */
    listCreditNotes: Paged<operations["listCreditNotes"]>;
    /** List purchase orders, optionally by status and date range. `GET /api.xro/2.0/PurchaseOrders` */
    listPurchaseOrders: Paged<operations["listPurchaseOrders"]>;
    /** Read the organisation's name, country, base currency, tax and financial-year settings. `GET /api.xro/2.0/Organisation` */
    getOrganisation: Call<operations["getOrganisation"]>;
}

const routes: Routes<XeroClient> = {
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
};

/**
 * The Xero client: `const api = xero(new Switchboard({ baseUrl, apiKey }))`.
 */
export const xero = (sb: Switchboard): XeroClient => bindClient<XeroClient>(sb, "xero", routes);
