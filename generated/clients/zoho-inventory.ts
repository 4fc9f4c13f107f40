// Generated from providers/zoho-inventory.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-inventory.js';

/**
 * Zoho Inventory through the Switchboard gateway: Items, item groups, contacts, sales orders, invoices, purchase orders, bills and shipments of a Zoho Inventory organisation.
 */
export interface ZohoInventoryClient {
    /** List items a page at a time, optionally filtered by name, SKU or status. `GET /inventory/v1/items` */
    listItems: Paged<operations["listItems"]>;
    /** Read one item with prices, stock and warehouse details. `GET /inventory/v1/items/{item_id}` */
    getItem: Call<operations["getItem"]>;
    /** Create a goods or service item. `POST /inventory/v1/items` */
    createItem: Call<operations["createItem"]>;
    /** Change an item's name, prices or settings. `PUT /inventory/v1/items/{item_id}` */
    updateItem: Call<operations["updateItem"]>;
    /** Delete an item that no transaction uses. `DELETE /inventory/v1/items/{item_id}` */
    deleteItem: Call<operations["deleteItem"]>;
    /** Reactivate an inactive item. `POST /inventory/v1/items/{item_id}/active` */
    markItemActive: Call<operations["markItemActive"]>;
    /** Deactivate an item so it no longer appears in new transactions. `POST /inventory/v1/items/{item_id}/inactive` */
    markItemInactive: Call<operations["markItemInactive"]>;
    /** List item groups (products with variants). `GET /inventory/v1/itemgroups` */
    listItemGroups: Paged<operations["listItemGroups"]>;
    /** Read one item group with its attributes and variant items. `GET /inventory/v1/itemgroups/{itemgroup_id}` */
    getItemGroup: Call<operations["getItemGroup"]>;
    /** Create an item group together with its variant items. `POST /inventory/v1/itemgroups` */
    createItemGroup: Call<operations["createItemGroup"]>;
    /** Change an item group and its variant items. `PUT /inventory/v1/itemgroups/{itemgroup_id}` */
    updateItemGroup: Call<operations["updateItemGroup"]>;
    /** Delete an item group. `DELETE /inventory/v1/itemgroups/{itemgroup_id}` */
    deleteItemGroup: Call<operations["deleteItemGroup"]>;
    /** List customers and vendors a page at a time. `GET /inventory/v1/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with addresses and contact persons. `GET /inventory/v1/contacts/{contact_id}` */
    getContact: Call<operations["getContact"]>;
    /** Create a customer or vendor. `POST /inventory/v1/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change a contact's details. `PUT /inventory/v1/contacts/{contact_id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact that has no transactions. `DELETE /inventory/v1/contacts/{contact_id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List sales orders a page at a time. `GET /inventory/v1/salesorders` */
    listSalesOrders: Paged<operations["listSalesOrders"]>;
    /** Read one sales order with lines, packages and shipments. `GET /inventory/v1/salesorders/{salesorder_id}` */
    getSalesOrder: Call<operations["getSalesOrder"]>;
    /** Create a sales order for a customer. `POST /inventory/v1/salesorders` */
    createSalesOrder: Call<operations["createSalesOrder"]>;
    /** Replace a sales order's details and lines. `PUT /inventory/v1/salesorders/{salesorder_id}` */
    updateSalesOrder: Call<operations["updateSalesOrder"]>;
    /** Delete a sales order. `DELETE /inventory/v1/salesorders/{salesorder_id}` */
    deleteSalesOrder: Call<operations["deleteSalesOrder"]>;
    /** Move a draft sales order to confirmed. `POST /inventory/v1/salesorders/{salesorder_id}/status/confirmed` */
    confirmSalesOrder: Call<operations["confirmSalesOrder"]>;
    /** Void a sales order. `POST /inventory/v1/salesorders/{salesorder_id}/status/void` */
    voidSalesOrder: Call<operations["voidSalesOrder"]>;
    /** List invoices a page at a time, filtered by status or customer. `GET /inventory/v1/invoices` */
    listInvoices: Paged<operations["listInvoices"]>;
    /** Read one invoice with its lines and totals. `GET /inventory/v1/invoices/{invoice_id}` */
    getInvoice: Call<operations["getInvoice"]>;
    /** Create an invoice, optionally from a sales order. `POST /inventory/v1/invoices` */
    createInvoice: Call<operations["createInvoice"]>;
    /** Replace an invoice's details and lines. `PUT /inventory/v1/invoices/{invoice_id}` */
    updateInvoice: Call<operations["updateInvoice"]>;
    /** Delete an invoice. `DELETE /inventory/v1/invoices/{invoice_id}` */
    deleteInvoice: Call<operations["deleteInvoice"]>;
    /** Mark a draft invoice as sent without emailing it. `POST /inventory/v1/invoices/{invoice_id}/status/sent` */
    markInvoiceSent: Call<operations["markInvoiceSent"]>;
    /** Return a voided invoice to draft. `POST /inventory/v1/invoices/{invoice_id}/status/draft` */
    markInvoiceDraft: Call<operations["markInvoiceDraft"]>;
    /** Void an invoice, keeping it on record with a zero balance. `POST /inventory/v1/invoices/{invoice_id}/status/void` */
    voidInvoice: Call<operations["voidInvoice"]>;
    /** Email an invoice to the given recipients. `POST /inventory/v1/invoices/{invoice_id}/email` */
    emailInvoice: Call<operations["emailInvoice"]>;
    /** List purchase orders a page at a time. `GET /inventory/v1/purchaseorders` */
    listPurchaseOrders: Paged<operations["listPurchaseOrders"]>;
    /** Read one purchase order with its lines. `GET /inventory/v1/purchaseorders/{purchaseorder_id}` */
    getPurchaseOrder: Call<operations["getPurchaseOrder"]>;
    /** Create a purchase order to a vendor. `POST /inventory/v1/purchaseorders` */
    createPurchaseOrder: Call<operations["createPurchaseOrder"]>;
    /** Replace a purchase order's details and lines. `PUT /inventory/v1/purchaseorders/{purchaseorder_id}` */
    updatePurchaseOrder: Call<operations["updatePurchaseOrder"]>;
    /** Delete a purchase order. `DELETE /inventory/v1/purchaseorders/{purchaseorder_id}` */
    deletePurchaseOrder: Call<operations["deletePurchaseOrder"]>;
    /** Mark a draft purchase order as issued to the vendor. `POST /inventory/v1/purchaseorders/{purchaseorder_id}/status/issued` */
    issuePurchaseOrder: Call<operations["issuePurchaseOrder"]>;
    /** Cancel a purchase order. `POST /inventory/v1/purchaseorders/{purchaseorder_id}/status/cancelled` */
    cancelPurchaseOrder: Call<operations["cancelPurchaseOrder"]>;
    /** List vendor bills a page at a time. `GET /inventory/v1/bills` */
    listBills: Paged<operations["listBills"]>;
    /** Read one bill with its lines. `GET /inventory/v1/bills/{bill_id}` */
    getBill: Call<operations["getBill"]>;
    /** Record a bill received from a vendor, optionally against a purchase order. `POST /inventory/v1/bills` */
    createBill: Call<operations["createBill"]>;
    /** Replace a bill's details and lines. `PUT /inventory/v1/bills/{bill_id}` */
    updateBill: Call<operations["updateBill"]>;
    /** Delete a bill. `DELETE /inventory/v1/bills/{bill_id}` */
    deleteBill: Call<operations["deleteBill"]>;
    /** Reopen a voided bill. `POST /inventory/v1/bills/{bill_id}/status/open` */
    markBillOpen: Call<operations["markBillOpen"]>;
    /** Void a bill. `POST /inventory/v1/bills/{bill_id}/status/void` */
    voidBill: Call<operations["voidBill"]>;
    /** Ship one or more packages of a sales order. `POST /inventory/v1/shipmentorders` */
    createShipmentOrder: Call<operations["createShipmentOrder"]>;
    /** Read one shipment with carrier and tracking details. `GET /inventory/v1/shipmentorders/{shipmentorder_id}` */
    getShipmentOrder: Call<operations["getShipmentOrder"]>;
    /** Change a shipment's date, carrier or tracking number. `PUT /inventory/v1/shipmentorders/{shipmentorder_id}` */
    updateShipmentOrder: Call<operations["updateShipmentOrder"]>;
    /** Delete a shipment. `DELETE /inventory/v1/shipmentorders/{shipmentorder_id}` */
    deleteShipmentOrder: Call<operations["deleteShipmentOrder"]>;
    /** Mark a shipment as delivered. `POST /inventory/v1/shipmentorders/{shipmentorder_id}/status/delivered` */
    markShipmentDelivered: Call<operations["markShipmentDelivered"]>;
}

const routes: Routes<ZohoInventoryClient> = {
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
};

/**
 * The Zoho Inventory client: `const api = zohoInventory(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoInventory = (sb: Switchboard): ZohoInventoryClient => bindClient<ZohoInventoryClient>(sb, "zoho-inventory", routes);
