// Generated from providers/zoho-inventory.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-inventory.js';

/**
 * Zoho Inventory through the Switchboard gateway: Items, item groups, contacts, sales orders, invoices, purchase orders, bills and shipments of a Zoho Inventory organisation.
 */
export interface ZohoInventoryClient {
    /**
     * List items a page at a time, optionally filtered by name, SKU or status.
     *
     * `GET /inventory/v1/items`
     */
    listItems: {
        (args?: Args<operations["listItems"]>, options?: CallOptions): Promise<Result<Data<operations["listItems"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["listItems"]>, void, undefined>;
    };
    /**
     * Read one item with prices, stock and warehouse details.
     *
     * `GET /inventory/v1/items/{item_id}`
     */
    getItem(args: Args<operations["getItem"]>, options?: CallOptions): Promise<Result<Data<operations["getItem"]>>>;
    /**
     * Create a goods or service item.
     *
     * `POST /inventory/v1/items`
     */
    createItem(args: Args<operations["createItem"]>, options?: CallOptions): Promise<Result<Data<operations["createItem"]>>>;
    /**
     * Change an item's name, prices or settings.
     *
     * `PUT /inventory/v1/items/{item_id}`
     */
    updateItem(args: Args<operations["updateItem"]>, options?: CallOptions): Promise<Result<Data<operations["updateItem"]>>>;
    /**
     * Delete an item that no transaction uses.
     *
     * `DELETE /inventory/v1/items/{item_id}`
     */
    deleteItem(args: Args<operations["deleteItem"]>, options?: CallOptions): Promise<Result<Data<operations["deleteItem"]>>>;
    /**
     * Reactivate an inactive item.
     *
     * `POST /inventory/v1/items/{item_id}/active`
     */
    markItemActive(args: Args<operations["markItemActive"]>, options?: CallOptions): Promise<Result<Data<operations["markItemActive"]>>>;
    /**
     * Deactivate an item so it no longer appears in new transactions.
     *
     * `POST /inventory/v1/items/{item_id}/inactive`
     */
    markItemInactive(args: Args<operations["markItemInactive"]>, options?: CallOptions): Promise<Result<Data<operations["markItemInactive"]>>>;
    /**
     * List item groups (products with variants).
     *
     * `GET /inventory/v1/itemgroups`
     */
    listItemGroups: {
        (args?: Args<operations["listItemGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listItemGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listItemGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listItemGroups"]>, void, undefined>;
    };
    /**
     * Read one item group with its attributes and variant items.
     *
     * `GET /inventory/v1/itemgroups/{itemgroup_id}`
     */
    getItemGroup(args: Args<operations["getItemGroup"]>, options?: CallOptions): Promise<Result<Data<operations["getItemGroup"]>>>;
    /**
     * Create an item group together with its variant items.
     *
     * `POST /inventory/v1/itemgroups`
     */
    createItemGroup(args: Args<operations["createItemGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createItemGroup"]>>>;
    /**
     * Change an item group and its variant items.
     *
     * `PUT /inventory/v1/itemgroups/{itemgroup_id}`
     */
    updateItemGroup(args: Args<operations["updateItemGroup"]>, options?: CallOptions): Promise<Result<Data<operations["updateItemGroup"]>>>;
    /**
     * Delete an item group.
     *
     * `DELETE /inventory/v1/itemgroups/{itemgroup_id}`
     */
    deleteItemGroup(args: Args<operations["deleteItemGroup"]>, options?: CallOptions): Promise<Result<Data<operations["deleteItemGroup"]>>>;
    /**
     * List customers and vendors a page at a time.
     *
     * `GET /inventory/v1/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with addresses and contact persons.
     *
     * `GET /inventory/v1/contacts/{contact_id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a customer or vendor.
     *
     * `POST /inventory/v1/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change a contact's details.
     *
     * `PUT /inventory/v1/contacts/{contact_id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact that has no transactions.
     *
     * `DELETE /inventory/v1/contacts/{contact_id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List sales orders a page at a time.
     *
     * `GET /inventory/v1/salesorders`
     */
    listSalesOrders: {
        (args?: Args<operations["listSalesOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listSalesOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSalesOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSalesOrders"]>, void, undefined>;
    };
    /**
     * Read one sales order with lines, packages and shipments.
     *
     * `GET /inventory/v1/salesorders/{salesorder_id}`
     */
    getSalesOrder(args: Args<operations["getSalesOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getSalesOrder"]>>>;
    /**
     * Create a sales order for a customer.
     *
     * `POST /inventory/v1/salesorders`
     */
    createSalesOrder(args: Args<operations["createSalesOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createSalesOrder"]>>>;
    /**
     * Replace a sales order's details and lines.
     *
     * `PUT /inventory/v1/salesorders/{salesorder_id}`
     */
    updateSalesOrder(args: Args<operations["updateSalesOrder"]>, options?: CallOptions): Promise<Result<Data<operations["updateSalesOrder"]>>>;
    /**
     * Delete a sales order.
     *
     * `DELETE /inventory/v1/salesorders/{salesorder_id}`
     */
    deleteSalesOrder(args: Args<operations["deleteSalesOrder"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSalesOrder"]>>>;
    /**
     * Move a draft sales order to confirmed.
     *
     * `POST /inventory/v1/salesorders/{salesorder_id}/status/confirmed`
     */
    confirmSalesOrder(args: Args<operations["confirmSalesOrder"]>, options?: CallOptions): Promise<Result<Data<operations["confirmSalesOrder"]>>>;
    /**
     * Void a sales order.
     *
     * `POST /inventory/v1/salesorders/{salesorder_id}/status/void`
     */
    voidSalesOrder(args: Args<operations["voidSalesOrder"]>, options?: CallOptions): Promise<Result<Data<operations["voidSalesOrder"]>>>;
    /**
     * List invoices a page at a time, filtered by status or customer.
     *
     * `GET /inventory/v1/invoices`
     */
    listInvoices: {
        (args?: Args<operations["listInvoices"]>, options?: CallOptions): Promise<Result<Data<operations["listInvoices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listInvoices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvoices"]>, void, undefined>;
    };
    /**
     * Read one invoice with its lines and totals.
     *
     * `GET /inventory/v1/invoices/{invoice_id}`
     */
    getInvoice(args: Args<operations["getInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["getInvoice"]>>>;
    /**
     * Create an invoice, optionally from a sales order.
     *
     * `POST /inventory/v1/invoices`
     */
    createInvoice(args: Args<operations["createInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["createInvoice"]>>>;
    /**
     * Replace an invoice's details and lines.
     *
     * `PUT /inventory/v1/invoices/{invoice_id}`
     */
    updateInvoice(args: Args<operations["updateInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["updateInvoice"]>>>;
    /**
     * Delete an invoice.
     *
     * `DELETE /inventory/v1/invoices/{invoice_id}`
     */
    deleteInvoice(args: Args<operations["deleteInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["deleteInvoice"]>>>;
    /**
     * Mark a draft invoice as sent without emailing it.
     *
     * `POST /inventory/v1/invoices/{invoice_id}/status/sent`
     */
    markInvoiceSent(args: Args<operations["markInvoiceSent"]>, options?: CallOptions): Promise<Result<Data<operations["markInvoiceSent"]>>>;
    /**
     * Return a voided invoice to draft.
     *
     * `POST /inventory/v1/invoices/{invoice_id}/status/draft`
     */
    markInvoiceDraft(args: Args<operations["markInvoiceDraft"]>, options?: CallOptions): Promise<Result<Data<operations["markInvoiceDraft"]>>>;
    /**
     * Void an invoice, keeping it on record with a zero balance.
     *
     * `POST /inventory/v1/invoices/{invoice_id}/status/void`
     */
    voidInvoice(args: Args<operations["voidInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["voidInvoice"]>>>;
    /**
     * Email an invoice to the given recipients.
     *
     * `POST /inventory/v1/invoices/{invoice_id}/email`
     */
    emailInvoice(args: Args<operations["emailInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["emailInvoice"]>>>;
    /**
     * List purchase orders a page at a time.
     *
     * `GET /inventory/v1/purchaseorders`
     */
    listPurchaseOrders: {
        (args?: Args<operations["listPurchaseOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listPurchaseOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPurchaseOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPurchaseOrders"]>, void, undefined>;
    };
    /**
     * Read one purchase order with its lines.
     *
     * `GET /inventory/v1/purchaseorders/{purchaseorder_id}`
     */
    getPurchaseOrder(args: Args<operations["getPurchaseOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getPurchaseOrder"]>>>;
    /**
     * Create a purchase order to a vendor.
     *
     * `POST /inventory/v1/purchaseorders`
     */
    createPurchaseOrder(args: Args<operations["createPurchaseOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createPurchaseOrder"]>>>;
    /**
     * Replace a purchase order's details and lines.
     *
     * `PUT /inventory/v1/purchaseorders/{purchaseorder_id}`
     */
    updatePurchaseOrder(args: Args<operations["updatePurchaseOrder"]>, options?: CallOptions): Promise<Result<Data<operations["updatePurchaseOrder"]>>>;
    /**
     * Delete a purchase order.
     *
     * `DELETE /inventory/v1/purchaseorders/{purchaseorder_id}`
     */
    deletePurchaseOrder(args: Args<operations["deletePurchaseOrder"]>, options?: CallOptions): Promise<Result<Data<operations["deletePurchaseOrder"]>>>;
    /**
     * Mark a draft purchase order as issued to the vendor.
     *
     * `POST /inventory/v1/purchaseorders/{purchaseorder_id}/status/issued`
     */
    issuePurchaseOrder(args: Args<operations["issuePurchaseOrder"]>, options?: CallOptions): Promise<Result<Data<operations["issuePurchaseOrder"]>>>;
    /**
     * Cancel a purchase order.
     *
     * `POST /inventory/v1/purchaseorders/{purchaseorder_id}/status/cancelled`
     */
    cancelPurchaseOrder(args: Args<operations["cancelPurchaseOrder"]>, options?: CallOptions): Promise<Result<Data<operations["cancelPurchaseOrder"]>>>;
    /**
     * List vendor bills a page at a time.
     *
     * `GET /inventory/v1/bills`
     */
    listBills: {
        (args?: Args<operations["listBills"]>, options?: CallOptions): Promise<Result<Data<operations["listBills"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBills"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBills"]>, void, undefined>;
    };
    /**
     * Read one bill with its lines.
     *
     * `GET /inventory/v1/bills/{bill_id}`
     */
    getBill(args: Args<operations["getBill"]>, options?: CallOptions): Promise<Result<Data<operations["getBill"]>>>;
    /**
     * Record a bill received from a vendor, optionally against a purchase order.
     *
     * `POST /inventory/v1/bills`
     */
    createBill(args: Args<operations["createBill"]>, options?: CallOptions): Promise<Result<Data<operations["createBill"]>>>;
    /**
     * Replace a bill's details and lines.
     *
     * `PUT /inventory/v1/bills/{bill_id}`
     */
    updateBill(args: Args<operations["updateBill"]>, options?: CallOptions): Promise<Result<Data<operations["updateBill"]>>>;
    /**
     * Delete a bill.
     *
     * `DELETE /inventory/v1/bills/{bill_id}`
     */
    deleteBill(args: Args<operations["deleteBill"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBill"]>>>;
    /**
     * Reopen a voided bill.
     *
     * `POST /inventory/v1/bills/{bill_id}/status/open`
     */
    markBillOpen(args: Args<operations["markBillOpen"]>, options?: CallOptions): Promise<Result<Data<operations["markBillOpen"]>>>;
    /**
     * Void a bill.
     *
     * `POST /inventory/v1/bills/{bill_id}/status/void`
     */
    voidBill(args: Args<operations["voidBill"]>, options?: CallOptions): Promise<Result<Data<operations["voidBill"]>>>;
    /**
     * Ship one or more packages of a sales order.
     *
     * `POST /inventory/v1/shipmentorders`
     */
    createShipmentOrder(args: Args<operations["createShipmentOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createShipmentOrder"]>>>;
    /**
     * Read one shipment with carrier and tracking details.
     *
     * `GET /inventory/v1/shipmentorders/{shipmentorder_id}`
     */
    getShipmentOrder(args: Args<operations["getShipmentOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getShipmentOrder"]>>>;
    /**
     * Change a shipment's date, carrier or tracking number.
     *
     * `PUT /inventory/v1/shipmentorders/{shipmentorder_id}`
     */
    updateShipmentOrder(args: Args<operations["updateShipmentOrder"]>, options?: CallOptions): Promise<Result<Data<operations["updateShipmentOrder"]>>>;
    /**
     * Delete a shipment.
     *
     * `DELETE /inventory/v1/shipmentorders/{shipmentorder_id}`
     */
    deleteShipmentOrder(args: Args<operations["deleteShipmentOrder"]>, options?: CallOptions): Promise<Result<Data<operations["deleteShipmentOrder"]>>>;
    /**
     * Mark a shipment as delivered.
     *
     * `POST /inventory/v1/shipmentorders/{shipmentorder_id}/status/delivered`
     */
    markShipmentDelivered(args: Args<operations["markShipmentDelivered"]>, options?: CallOptions): Promise<Result<Data<operations["markShipmentDelivered"]>>>;
}

const routes = {
    listItems: {"method":"GET","path":"/inventory/v1/items","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"items"}},
    getItem: {"method":"GET","path":"/inventory/v1/items/{item_id}"},
    createItem: {"method":"POST","path":"/inventory/v1/items","body":"application/json"},
    updateItem: {"method":"PUT","path":"/inventory/v1/items/{item_id}","body":"application/json"},
    deleteItem: {"method":"DELETE","path":"/inventory/v1/items/{item_id}"},
    markItemActive: {"method":"POST","path":"/inventory/v1/items/{item_id}/active"},
    markItemInactive: {"method":"POST","path":"/inventory/v1/items/{item_id}/inactive"},
    listItemGroups: {"method":"GET","path":"/inventory/v1/itemgroups","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"itemgroups"}},
    getItemGroup: {"method":"GET","path":"/inventory/v1/itemgroups/{itemgroup_id}"},
    createItemGroup: {"method":"POST","path":"/inventory/v1/itemgroups","body":"application/json"},
    updateItemGroup: {"method":"PUT","path":"/inventory/v1/itemgroups/{itemgroup_id}","body":"application/json"},
    deleteItemGroup: {"method":"DELETE","path":"/inventory/v1/itemgroups/{itemgroup_id}"},
    listContacts: {"method":"GET","path":"/inventory/v1/contacts","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"contacts"}},
    getContact: {"method":"GET","path":"/inventory/v1/contacts/{contact_id}"},
    createContact: {"method":"POST","path":"/inventory/v1/contacts","body":"application/json"},
    updateContact: {"method":"PUT","path":"/inventory/v1/contacts/{contact_id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/inventory/v1/contacts/{contact_id}"},
    listSalesOrders: {"method":"GET","path":"/inventory/v1/salesorders","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"salesorders"}},
    getSalesOrder: {"method":"GET","path":"/inventory/v1/salesorders/{salesorder_id}"},
    createSalesOrder: {"method":"POST","path":"/inventory/v1/salesorders","body":"application/json"},
    updateSalesOrder: {"method":"PUT","path":"/inventory/v1/salesorders/{salesorder_id}","body":"application/json"},
    deleteSalesOrder: {"method":"DELETE","path":"/inventory/v1/salesorders/{salesorder_id}"},
    confirmSalesOrder: {"method":"POST","path":"/inventory/v1/salesorders/{salesorder_id}/status/confirmed"},
    voidSalesOrder: {"method":"POST","path":"/inventory/v1/salesorders/{salesorder_id}/status/void"},
    listInvoices: {"method":"GET","path":"/inventory/v1/invoices","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"invoices"}},
    getInvoice: {"method":"GET","path":"/inventory/v1/invoices/{invoice_id}"},
    createInvoice: {"method":"POST","path":"/inventory/v1/invoices","body":"application/json"},
    updateInvoice: {"method":"PUT","path":"/inventory/v1/invoices/{invoice_id}","body":"application/json"},
    deleteInvoice: {"method":"DELETE","path":"/inventory/v1/invoices/{invoice_id}"},
    markInvoiceSent: {"method":"POST","path":"/inventory/v1/invoices/{invoice_id}/status/sent"},
    markInvoiceDraft: {"method":"POST","path":"/inventory/v1/invoices/{invoice_id}/status/draft"},
    voidInvoice: {"method":"POST","path":"/inventory/v1/invoices/{invoice_id}/status/void"},
    emailInvoice: {"method":"POST","path":"/inventory/v1/invoices/{invoice_id}/email","body":"application/json"},
    listPurchaseOrders: {"method":"GET","path":"/inventory/v1/purchaseorders","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"purchaseorders"}},
    getPurchaseOrder: {"method":"GET","path":"/inventory/v1/purchaseorders/{purchaseorder_id}"},
    createPurchaseOrder: {"method":"POST","path":"/inventory/v1/purchaseorders","body":"application/json"},
    updatePurchaseOrder: {"method":"PUT","path":"/inventory/v1/purchaseorders/{purchaseorder_id}","body":"application/json"},
    deletePurchaseOrder: {"method":"DELETE","path":"/inventory/v1/purchaseorders/{purchaseorder_id}"},
    issuePurchaseOrder: {"method":"POST","path":"/inventory/v1/purchaseorders/{purchaseorder_id}/status/issued"},
    cancelPurchaseOrder: {"method":"POST","path":"/inventory/v1/purchaseorders/{purchaseorder_id}/status/cancelled"},
    listBills: {"method":"GET","path":"/inventory/v1/bills","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"bills"}},
    getBill: {"method":"GET","path":"/inventory/v1/bills/{bill_id}"},
    createBill: {"method":"POST","path":"/inventory/v1/bills","body":"application/json"},
    updateBill: {"method":"PUT","path":"/inventory/v1/bills/{bill_id}","body":"application/json"},
    deleteBill: {"method":"DELETE","path":"/inventory/v1/bills/{bill_id}"},
    markBillOpen: {"method":"POST","path":"/inventory/v1/bills/{bill_id}/status/open"},
    voidBill: {"method":"POST","path":"/inventory/v1/bills/{bill_id}/status/void"},
    createShipmentOrder: {"method":"POST","path":"/inventory/v1/shipmentorders","body":"application/json"},
    getShipmentOrder: {"method":"GET","path":"/inventory/v1/shipmentorders/{shipmentorder_id}"},
    updateShipmentOrder: {"method":"PUT","path":"/inventory/v1/shipmentorders/{shipmentorder_id}","body":"application/json"},
    deleteShipmentOrder: {"method":"DELETE","path":"/inventory/v1/shipmentorders/{shipmentorder_id}"},
    markShipmentDelivered: {"method":"POST","path":"/inventory/v1/shipmentorders/{shipmentorder_id}/status/delivered"},
} satisfies Record<string, Route>;

/**
 * The Zoho Inventory client: `const api = zohoInventory(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoInventory(client: Switchboard): ZohoInventoryClient {
    const app = "zoho-inventory";
    return {
        listItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listItems, args, options) }) as ZohoInventoryClient["listItems"],
        getItem: (args, options) => client.call(app, routes.getItem, args, options),
        createItem: (args, options) => client.call(app, routes.createItem, args, options),
        updateItem: (args, options) => client.call(app, routes.updateItem, args, options),
        deleteItem: (args, options) => client.call(app, routes.deleteItem, args, options),
        markItemActive: (args, options) => client.call(app, routes.markItemActive, args, options),
        markItemInactive: (args, options) => client.call(app, routes.markItemInactive, args, options),
        listItemGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listItemGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listItemGroups, args, options) }) as ZohoInventoryClient["listItemGroups"],
        getItemGroup: (args, options) => client.call(app, routes.getItemGroup, args, options),
        createItemGroup: (args, options) => client.call(app, routes.createItemGroup, args, options),
        updateItemGroup: (args, options) => client.call(app, routes.updateItemGroup, args, options),
        deleteItemGroup: (args, options) => client.call(app, routes.deleteItemGroup, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as ZohoInventoryClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listSalesOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSalesOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSalesOrders, args, options) }) as ZohoInventoryClient["listSalesOrders"],
        getSalesOrder: (args, options) => client.call(app, routes.getSalesOrder, args, options),
        createSalesOrder: (args, options) => client.call(app, routes.createSalesOrder, args, options),
        updateSalesOrder: (args, options) => client.call(app, routes.updateSalesOrder, args, options),
        deleteSalesOrder: (args, options) => client.call(app, routes.deleteSalesOrder, args, options),
        confirmSalesOrder: (args, options) => client.call(app, routes.confirmSalesOrder, args, options),
        voidSalesOrder: (args, options) => client.call(app, routes.voidSalesOrder, args, options),
        listInvoices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvoices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvoices, args, options) }) as ZohoInventoryClient["listInvoices"],
        getInvoice: (args, options) => client.call(app, routes.getInvoice, args, options),
        createInvoice: (args, options) => client.call(app, routes.createInvoice, args, options),
        updateInvoice: (args, options) => client.call(app, routes.updateInvoice, args, options),
        deleteInvoice: (args, options) => client.call(app, routes.deleteInvoice, args, options),
        markInvoiceSent: (args, options) => client.call(app, routes.markInvoiceSent, args, options),
        markInvoiceDraft: (args, options) => client.call(app, routes.markInvoiceDraft, args, options),
        voidInvoice: (args, options) => client.call(app, routes.voidInvoice, args, options),
        emailInvoice: (args, options) => client.call(app, routes.emailInvoice, args, options),
        listPurchaseOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPurchaseOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPurchaseOrders, args, options) }) as ZohoInventoryClient["listPurchaseOrders"],
        getPurchaseOrder: (args, options) => client.call(app, routes.getPurchaseOrder, args, options),
        createPurchaseOrder: (args, options) => client.call(app, routes.createPurchaseOrder, args, options),
        updatePurchaseOrder: (args, options) => client.call(app, routes.updatePurchaseOrder, args, options),
        deletePurchaseOrder: (args, options) => client.call(app, routes.deletePurchaseOrder, args, options),
        issuePurchaseOrder: (args, options) => client.call(app, routes.issuePurchaseOrder, args, options),
        cancelPurchaseOrder: (args, options) => client.call(app, routes.cancelPurchaseOrder, args, options),
        listBills: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBills, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBills, args, options) }) as ZohoInventoryClient["listBills"],
        getBill: (args, options) => client.call(app, routes.getBill, args, options),
        createBill: (args, options) => client.call(app, routes.createBill, args, options),
        updateBill: (args, options) => client.call(app, routes.updateBill, args, options),
        deleteBill: (args, options) => client.call(app, routes.deleteBill, args, options),
        markBillOpen: (args, options) => client.call(app, routes.markBillOpen, args, options),
        voidBill: (args, options) => client.call(app, routes.voidBill, args, options),
        createShipmentOrder: (args, options) => client.call(app, routes.createShipmentOrder, args, options),
        getShipmentOrder: (args, options) => client.call(app, routes.getShipmentOrder, args, options),
        updateShipmentOrder: (args, options) => client.call(app, routes.updateShipmentOrder, args, options),
        deleteShipmentOrder: (args, options) => client.call(app, routes.deleteShipmentOrder, args, options),
        markShipmentDelivered: (args, options) => client.call(app, routes.markShipmentDelivered, args, options),
    };
}