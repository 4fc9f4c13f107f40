// Generated from providers/zoho-books.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-books.js';

/**
 * Zoho Books through the Switchboard gateway: Contacts, invoices, bills, expenses, sales and purchase orders, credit notes and recurring documents of a Zoho Books organisation.
 */
export interface ZohoBooksClient {
    /** List customers and vendors a page at a time, optionally filtered. `GET /books/v3/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with addresses, contact persons and balances. `GET /books/v3/contacts/{contact_id}` */
    getContact: Call<operations["getContact"]>;
    /** Create a customer or vendor. `POST /books/v3/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change a contact's details. `PUT /books/v3/contacts/{contact_id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact that has no transactions. `DELETE /books/v3/contacts/{contact_id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List invoices a page at a time, filtered by status, customer or dates. `GET /books/v3/invoices` */
    listInvoices: Paged<operations["listInvoices"]>;
    /** Read one invoice with its line items and totals. `GET /books/v3/invoices/{invoice_id}` */
    getInvoice: Call<operations["getInvoice"]>;
    /** Create an invoice for a customer, optionally sending it at once. `POST /books/v3/invoices` */
    createInvoice: Call<operations["createInvoice"]>;
    /** Mark a draft invoice as sent without emailing it. `POST /books/v3/invoices/{invoice_id}/status/sent` */
    markInvoiceSent: Call<operations["markInvoiceSent"]>;
    /** Email an invoice to the given recipients. `POST /books/v3/invoices/{invoice_id}/email` */
    emailInvoice: Call<operations["emailInvoice"]>;
    /** List vendor bills a page at a time. `GET /books/v3/bills` */
    listBills: Paged<operations["listBills"]>;
    /** Record a bill received from a vendor. `POST /books/v3/bills` */
    createBill: Call<operations["createBill"]>;
    /** Replace a bill's details and lines. `PUT /books/v3/bills/{bill_id}` */
    updateBill: Call<operations["updateBill"]>;
    /** Delete a bill that has no payments applied. `DELETE /books/v3/bills/{bill_id}` */
    deleteBill: Call<operations["deleteBill"]>;
    /** List recorded expenses a page at a time. `GET /books/v3/expenses` */
    listExpenses: Paged<operations["listExpenses"]>;
    /** Record an expense against an expense account. `POST /books/v3/expenses` */
    createExpense: Call<operations["createExpense"]>;
    /** Change an expense's account, amount or details. `PUT /books/v3/expenses/{expense_id}` */
    updateExpense: Call<operations["updateExpense"]>;
    /** Delete an expense. `DELETE /books/v3/expenses/{expense_id}` */
    deleteExpense: Call<operations["deleteExpense"]>;
    /** List sales orders a page at a time. `GET /books/v3/salesorders` */
    listSalesOrders: Paged<operations["listSalesOrders"]>;
    /** Create a sales order for a customer. `POST /books/v3/salesorders` */
    createSalesOrder: Call<operations["createSalesOrder"]>;
    /** List purchase orders a page at a time. `GET /books/v3/purchaseorders` */
    listPurchaseOrders: Paged<operations["listPurchaseOrders"]>;
    /** Create a purchase order to a vendor. `POST /books/v3/purchaseorders` */
    createPurchaseOrder: Call<operations["createPurchaseOrder"]>;
    /** List customer credit notes a page at a time. `GET /books/v3/creditnotes` */
    listCreditNotes: Paged<operations["listCreditNotes"]>;
    /** List recurring invoice profiles and their schedules. `GET /books/v3/recurringinvoices` */
    listRecurringInvoices: Paged<operations["listRecurringInvoices"]>;
    /** List recurring bill profiles and their schedules. `GET /books/v3/recurringbills` */
    listRecurringBills: Paged<operations["listRecurringBills"]>;
}

const routes: Routes<ZohoBooksClient> = {
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
};

/**
 * The Zoho Books client: `const api = zohoBooks(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoBooks = (sb: Switchboard): ZohoBooksClient => bindClient<ZohoBooksClient>(sb, "zoho-books", routes);
