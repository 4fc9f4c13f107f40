// Generated from providers/zoho-books.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-books.js';

/**
 * Zoho Books through the Switchboard gateway: Contacts, invoices, bills, expenses, sales and purchase orders, credit notes and recurring documents of a Zoho Books organisation.
 */
export interface ZohoBooksClient {
    /**
     * List customers and vendors a page at a time, optionally filtered.
     *
     * `GET /books/v3/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with addresses, contact persons and balances.
     *
     * `GET /books/v3/contacts/{contact_id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a customer or vendor.
     *
     * `POST /books/v3/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change a contact's details.
     *
     * `PUT /books/v3/contacts/{contact_id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact that has no transactions.
     *
     * `DELETE /books/v3/contacts/{contact_id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List invoices a page at a time, filtered by status, customer or dates.
     *
     * `GET /books/v3/invoices`
     */
    listInvoices: {
        (args?: Args<operations["listInvoices"]>, options?: CallOptions): Promise<Result<Data<operations["listInvoices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listInvoices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvoices"]>, void, undefined>;
    };
    /**
     * Read one invoice with its line items and totals.
     *
     * `GET /books/v3/invoices/{invoice_id}`
     */
    getInvoice(args: Args<operations["getInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["getInvoice"]>>>;
    /**
     * Create an invoice for a customer, optionally sending it at once.
     *
     * `POST /books/v3/invoices`
     */
    createInvoice(args: Args<operations["createInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["createInvoice"]>>>;
    /**
     * Mark a draft invoice as sent without emailing it.
     *
     * `POST /books/v3/invoices/{invoice_id}/status/sent`
     */
    markInvoiceSent(args: Args<operations["markInvoiceSent"]>, options?: CallOptions): Promise<Result<Data<operations["markInvoiceSent"]>>>;
    /**
     * Email an invoice to the given recipients.
     *
     * `POST /books/v3/invoices/{invoice_id}/email`
     */
    emailInvoice(args: Args<operations["emailInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["emailInvoice"]>>>;
    /**
     * List vendor bills a page at a time.
     *
     * `GET /books/v3/bills`
     */
    listBills: {
        (args?: Args<operations["listBills"]>, options?: CallOptions): Promise<Result<Data<operations["listBills"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBills"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBills"]>, void, undefined>;
    };
    /**
     * Record a bill received from a vendor.
     *
     * `POST /books/v3/bills`
     */
    createBill(args: Args<operations["createBill"]>, options?: CallOptions): Promise<Result<Data<operations["createBill"]>>>;
    /**
     * Replace a bill's details and lines.
     *
     * `PUT /books/v3/bills/{bill_id}`
     */
    updateBill(args: Args<operations["updateBill"]>, options?: CallOptions): Promise<Result<Data<operations["updateBill"]>>>;
    /**
     * Delete a bill that has no payments applied.
     *
     * `DELETE /books/v3/bills/{bill_id}`
     */
    deleteBill(args: Args<operations["deleteBill"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBill"]>>>;
    /**
     * List recorded expenses a page at a time.
     *
     * `GET /books/v3/expenses`
     */
    listExpenses: {
        (args?: Args<operations["listExpenses"]>, options?: CallOptions): Promise<Result<Data<operations["listExpenses"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listExpenses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listExpenses"]>, void, undefined>;
    };
    /**
     * Record an expense against an expense account.
     *
     * `POST /books/v3/expenses`
     */
    createExpense(args: Args<operations["createExpense"]>, options?: CallOptions): Promise<Result<Data<operations["createExpense"]>>>;
    /**
     * Change an expense's account, amount or details.
     *
     * `PUT /books/v3/expenses/{expense_id}`
     */
    updateExpense(args: Args<operations["updateExpense"]>, options?: CallOptions): Promise<Result<Data<operations["updateExpense"]>>>;
    /**
     * Delete an expense.
     *
     * `DELETE /books/v3/expenses/{expense_id}`
     */
    deleteExpense(args: Args<operations["deleteExpense"]>, options?: CallOptions): Promise<Result<Data<operations["deleteExpense"]>>>;
    /**
     * List sales orders a page at a time.
     *
     * `GET /books/v3/salesorders`
     */
    listSalesOrders: {
        (args?: Args<operations["listSalesOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listSalesOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSalesOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSalesOrders"]>, void, undefined>;
    };
    /**
     * Create a sales order for a customer.
     *
     * `POST /books/v3/salesorders`
     */
    createSalesOrder(args: Args<operations["createSalesOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createSalesOrder"]>>>;
    /**
     * List purchase orders a page at a time.
     *
     * `GET /books/v3/purchaseorders`
     */
    listPurchaseOrders: {
        (args?: Args<operations["listPurchaseOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listPurchaseOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPurchaseOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPurchaseOrders"]>, void, undefined>;
    };
    /**
     * Create a purchase order to a vendor.
     *
     * `POST /books/v3/purchaseorders`
     */
    createPurchaseOrder(args: Args<operations["createPurchaseOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createPurchaseOrder"]>>>;
    /**
     * List customer credit notes a page at a time.
     *
     * `GET /books/v3/creditnotes`
     */
    listCreditNotes: {
        (args?: Args<operations["listCreditNotes"]>, options?: CallOptions): Promise<Result<Data<operations["listCreditNotes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCreditNotes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCreditNotes"]>, void, undefined>;
    };
    /**
     * List recurring invoice profiles and their schedules.
     *
     * `GET /books/v3/recurringinvoices`
     */
    listRecurringInvoices: {
        (args?: Args<operations["listRecurringInvoices"]>, options?: CallOptions): Promise<Result<Data<operations["listRecurringInvoices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRecurringInvoices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecurringInvoices"]>, void, undefined>;
    };
    /**
     * List recurring bill profiles and their schedules.
     *
     * `GET /books/v3/recurringbills`
     */
    listRecurringBills: {
        (args?: Args<operations["listRecurringBills"]>, options?: CallOptions): Promise<Result<Data<operations["listRecurringBills"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRecurringBills"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecurringBills"]>, void, undefined>;
    };
}

const routes = {
    listContacts: {"method":"GET","path":"/books/v3/contacts","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"contacts"}},
    getContact: {"method":"GET","path":"/books/v3/contacts/{contact_id}"},
    createContact: {"method":"POST","path":"/books/v3/contacts","body":"application/json"},
    updateContact: {"method":"PUT","path":"/books/v3/contacts/{contact_id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/books/v3/contacts/{contact_id}"},
    listInvoices: {"method":"GET","path":"/books/v3/invoices","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"invoices"}},
    getInvoice: {"method":"GET","path":"/books/v3/invoices/{invoice_id}"},
    createInvoice: {"method":"POST","path":"/books/v3/invoices","body":"application/json"},
    markInvoiceSent: {"method":"POST","path":"/books/v3/invoices/{invoice_id}/status/sent"},
    emailInvoice: {"method":"POST","path":"/books/v3/invoices/{invoice_id}/email","body":"application/json"},
    listBills: {"method":"GET","path":"/books/v3/bills","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"bills"}},
    createBill: {"method":"POST","path":"/books/v3/bills","body":"application/json"},
    updateBill: {"method":"PUT","path":"/books/v3/bills/{bill_id}","body":"application/json"},
    deleteBill: {"method":"DELETE","path":"/books/v3/bills/{bill_id}"},
    listExpenses: {"method":"GET","path":"/books/v3/expenses","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"expenses"}},
    createExpense: {"method":"POST","path":"/books/v3/expenses","body":"application/json"},
    updateExpense: {"method":"PUT","path":"/books/v3/expenses/{expense_id}","body":"application/json"},
    deleteExpense: {"method":"DELETE","path":"/books/v3/expenses/{expense_id}"},
    listSalesOrders: {"method":"GET","path":"/books/v3/salesorders","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"salesorders"}},
    createSalesOrder: {"method":"POST","path":"/books/v3/salesorders","body":"application/json"},
    listPurchaseOrders: {"method":"GET","path":"/books/v3/purchaseorders","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"purchaseorders"}},
    createPurchaseOrder: {"method":"POST","path":"/books/v3/purchaseorders","body":"application/json"},
    listCreditNotes: {"method":"GET","path":"/books/v3/creditnotes","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"creditnotes"}},
    listRecurringInvoices: {"method":"GET","path":"/books/v3/recurringinvoices","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"recurring_invoices"}},
    listRecurringBills: {"method":"GET","path":"/books/v3/recurringbills","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"recurring_bills"}},
} satisfies Record<string, Route>;

/**
 * The Zoho Books client: `const api = zohoBooks(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoBooks(client: Switchboard): ZohoBooksClient {
    const app = "zoho-books";
    return {
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as ZohoBooksClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listInvoices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvoices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvoices, args, options) }) as ZohoBooksClient["listInvoices"],
        getInvoice: (args, options) => client.call(app, routes.getInvoice, args, options),
        createInvoice: (args, options) => client.call(app, routes.createInvoice, args, options),
        markInvoiceSent: (args, options) => client.call(app, routes.markInvoiceSent, args, options),
        emailInvoice: (args, options) => client.call(app, routes.emailInvoice, args, options),
        listBills: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBills, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBills, args, options) }) as ZohoBooksClient["listBills"],
        createBill: (args, options) => client.call(app, routes.createBill, args, options),
        updateBill: (args, options) => client.call(app, routes.updateBill, args, options),
        deleteBill: (args, options) => client.call(app, routes.deleteBill, args, options),
        listExpenses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listExpenses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listExpenses, args, options) }) as ZohoBooksClient["listExpenses"],
        createExpense: (args, options) => client.call(app, routes.createExpense, args, options),
        updateExpense: (args, options) => client.call(app, routes.updateExpense, args, options),
        deleteExpense: (args, options) => client.call(app, routes.deleteExpense, args, options),
        listSalesOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSalesOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSalesOrders, args, options) }) as ZohoBooksClient["listSalesOrders"],
        createSalesOrder: (args, options) => client.call(app, routes.createSalesOrder, args, options),
        listPurchaseOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPurchaseOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPurchaseOrders, args, options) }) as ZohoBooksClient["listPurchaseOrders"],
        createPurchaseOrder: (args, options) => client.call(app, routes.createPurchaseOrder, args, options),
        listCreditNotes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCreditNotes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCreditNotes, args, options) }) as ZohoBooksClient["listCreditNotes"],
        listRecurringInvoices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecurringInvoices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecurringInvoices, args, options) }) as ZohoBooksClient["listRecurringInvoices"],
        listRecurringBills: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecurringBills, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecurringBills, args, options) }) as ZohoBooksClient["listRecurringBills"],
    };
}