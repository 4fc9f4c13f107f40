// Generated from providers/squareup.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/squareup.js';

/**
 * Square through the Switchboard gateway: A Square seller's locations, customers, payments, refunds, orders, catalog, invoices, team, loyalty, payment links, cards, payouts and Terminal checkouts.
 */
export interface SquareupClient {
    /** Read the seller account the token belongs to. `GET /v2/merchants/me` */
    getMerchantMe: Call<operations["getMerchantMe"]>;
    /** List all of the seller's locations. `GET /v2/locations` */
    listLocations: Call<operations["listLocations"]>;
    /** Read one location; the id main returns the seller's main location. `GET /v2/locations/{location_id}` */
    getLocation: Call<operations["getLocation"]>;
    /** Add a location to the seller's account. `POST /v2/locations` */
    createLocation: Call<operations["createLocation"]>;
    /** Change a location's name, address, hours or contact details. `PUT /v2/locations/{location_id}` */
    updateLocation: Call<operations["updateLocation"]>;
    /** Page through the seller's customer directory. `GET /v2/customers` */
    listCustomers: Paged<operations["listCustomers"]>;
    /** Read one customer profile. `GET /v2/customers/{customer_id}` */
    getCustomer: Call<operations["getCustomer"]>;
    /** Create a customer profile; at least a name, company, email or phone is needed. `POST /v2/customers` */
    createCustomer: Call<operations["createCustomer"]>;
    /** Change fields of a customer profile; fields left out stay as they are. `PUT /v2/customers/{customer_id}` */
    updateCustomer: Call<operations["updateCustomer"]>;
    /** Delete a customer profile. `DELETE /v2/customers/{customer_id}` */
    deleteCustomer: Call<operations["deleteCustomer"]>;
    /** Search customers by email, phone, creation or update time, group or reference id. `POST /v2/customers/search` */
    searchCustomers: Paged<operations["searchCustomers"]>;
    /** Page through payments taken, optionally by time range, location, amount or card. `GET /v2/payments` */
    listPayments: Paged<operations["listPayments"]>;
    /** Read one payment. `GET /v2/payments/{payment_id}` */
    getPayment: Call<operations["getPayment"]>;
    /** Charge a card nonce, card on file or other source, optionally holding it for later completion. `POST /v2/payments` */
    createPayment: Call<operations["createPayment"]>;
    /** Capture a payment that was only authorised. `POST /v2/payments/{payment_id}/complete` */
    completePayment: Call<operations["completePayment"]>;
    /** Void an authorised payment that has not been completed. `POST /v2/payments/{payment_id}/cancel` */
    cancelPayment: Call<operations["cancelPayment"]>;
    /** Page through refunds, optionally by time range, location, status or source type. `GET /v2/refunds` */
    listRefunds: Paged<operations["listRefunds"]>;
    /** Read one refund. `GET /v2/refunds/{refund_id}` */
    getRefund: Call<operations["getRefund"]>;
    /** Refund all or part of a completed payment. `POST /v2/refunds` */
    refundPayment: Call<operations["refundPayment"]>;
    /** Create an order of line items, taxes, discounts and fulfillments for a location. `POST /v2/orders` */
    createOrder: Call<operations["createOrder"]>;
    /** Read one order with its line items and totals. `GET /v2/orders/{order_id}` */
    getOrder: Call<operations["getOrder"]>;
    /** Search the orders of up to ten locations by state, date, fulfillment, source or customer. `POST /v2/orders/search` */
    searchOrders: Paged<operations["searchOrders"]>;
    /** Change an open order by sending only the changed fields with its current version. `PUT /v2/orders/{order_id}` */
    updateOrder: Call<operations["updateOrder"]>;
    /** Settle an order with payments that were taken for it without completing them. `POST /v2/orders/{order_id}/pay` */
    payOrder: Call<operations["payOrder"]>;
    /** Page through catalog objects, optionally of some types only. `GET /v2/catalog/list` */
    listCatalog: Paged<operations["listCatalog"]>;
    /** Read one catalog object, optionally with the objects it refers to. `GET /v2/catalog/object/{object_id}` */
    getCatalogObject: Call<operations["getCatalogObject"]>;
    /** Create a catalog object, or replace one by id; new objects use temporary ids that start with #. `POST /v2/catalog/object` */
    upsertCatalogObject: Call<operations["upsertCatalogObject"]>;
    /** Delete a catalog object and everything that belongs to it, such as an item's variations. `DELETE /v2/catalog/object/{object_id}` */
    deleteCatalogObject: Call<operations["deleteCatalogObject"]>;
    /** Search catalog objects by keywords, exact or prefix values, ranges or related taxes and modifiers. `POST /v2/catalog/search` */
    searchCatalog: Paged<operations["searchCatalog"]>;
    /** Read the catalog's batch size limits and standard unit descriptions. `GET /v2/catalog/info` */
    getCatalogInfo: Call<operations["getCatalogInfo"]>;
    /** Create or replace many catalog objects in batches; each batch succeeds or fails as a whole. `POST /v2/catalog/batch-upsert` */
    batchUpsertCatalogObjects: Call<operations["batchUpsertCatalogObjects"]>;
    /** Page through the invoices of one location. `GET /v2/invoices` */
    listInvoices: Paged<operations["listInvoices"]>;
    /** Read one invoice. `GET /v2/invoices/{invoice_id}` */
    getInvoice: Call<operations["getInvoice"]>;
    /** Create a draft invoice for an existing order; publish it to send it. `POST /v2/invoices` */
    createInvoice: Call<operations["createInvoice"]>;
    /** Change an invoice by sending the changed fields with its current version. `PUT /v2/invoices/{invoice_id}` */
    updateInvoice: Call<operations["updateInvoice"]>;
    /** Publish a draft invoice so Square emails, texts or schedules it, or charges a card on file. `POST /v2/invoices/{invoice_id}/publish` */
    publishInvoice: Call<operations["publishInvoice"]>;
    /** Cancel a published invoice so it can no longer be paid. `POST /v2/invoices/{invoice_id}/cancel` */
    cancelInvoice: Call<operations["cancelInvoice"]>;
    /** Delete a draft invoice; published invoices are cancelled instead. `DELETE /v2/invoices/{invoice_id}` */
    deleteInvoice: Call<operations["deleteInvoice"]>;
    /** Search team members by location, status or ownership. `POST /v2/team-members/search` */
    searchTeamMembers: Paged<operations["searchTeamMembers"]>;
    /** Read one team member. `GET /v2/team-members/{team_member_id}` */
    getTeamMember: Call<operations["getTeamMember"]>;
    /** Change a team member's name, contact details, status or assigned locations. `PUT /v2/team-members/{team_member_id}` */
    updateTeamMember: Call<operations["updateTeamMember"]>;
    /** List the seller's loyalty program (a seller has at most one). `GET /v2/loyalty/programs` */
    listLoyaltyPrograms: Call<operations["listLoyaltyPrograms"]>;
    /** Read the loyalty program by id, or with the id main. `GET /v2/loyalty/programs/{program_id}` */
    getLoyaltyProgram: Call<operations["getLoyaltyProgram"]>;
    /** Find loyalty accounts by phone number or customer id. `POST /v2/loyalty/accounts/search` */
    searchLoyaltyAccounts: Paged<operations["searchLoyaltyAccounts"]>;
    /** Enroll a buyer in the loyalty program under their phone number. `POST /v2/loyalty/accounts` */
    createLoyaltyAccount: Call<operations["createLoyaltyAccount"]>;
    /** Page through the seller's checkout payment links. `GET /v2/online-checkout/payment-links` */
    listPaymentLinks: Paged<operations["listPaymentLinks"]>;
    /** Read one payment link. `GET /v2/online-checkout/payment-links/{id}` */
    getPaymentLink: Call<operations["getPaymentLink"]>;
    /** Create a hosted checkout link for a quick amount or for an order. `POST /v2/online-checkout/payment-links` */
    createPaymentLink: Call<operations["createPaymentLink"]>;
    /** Change a payment link's description, checkout options or prefilled buyer data. `PUT /v2/online-checkout/payment-links/{id}` */
    updatePaymentLink: Call<operations["updatePaymentLink"]>;
    /** Delete a payment link and cancel the order it created. `DELETE /v2/online-checkout/payment-links/{id}` */
    deletePaymentLink: Call<operations["deletePaymentLink"]>;
    /** Page through cards on file, optionally of one customer. `GET /v2/cards` */
    listCards: Paged<operations["listCards"]>;
    /** Read one card on file. `GET /v2/cards/{card_id}` */
    getCard: Call<operations["getCard"]>;
    /** Save a card for a customer from a card nonce or an earlier payment. `POST /v2/cards` */
    createCard: Call<operations["createCard"]>;
    /** Disable a card on file so it cannot be charged again. `POST /v2/cards/{card_id}/disable` */
    disableCard: Call<operations["disableCard"]>;
    /** Page through transfers of the seller's balance to their bank account. `GET /v2/payouts` */
    listPayouts: Paged<operations["listPayouts"]>;
    /** Read one payout. `GET /v2/payouts/{payout_id}` */
    getPayout: Call<operations["getPayout"]>;
    /** Page through the payments, refunds and fees that make up a payout. `GET /v2/payouts/{payout_id}/payout-entries` */
    listPayoutEntries: Paged<operations["listPayoutEntries"]>;
    /** Page through the bank accounts linked to the seller. `GET /v2/bank-accounts` */
    listBankAccounts: Paged<operations["listBankAccounts"]>;
    /** Read one linked bank account. `GET /v2/bank-accounts/{bank_account_id}` */
    getBankAccount: Call<operations["getBankAccount"]>;
    /** Send a checkout request to a paired Square Terminal so the buyer can pay on the device. `POST /v2/terminals/checkouts` */
    createTerminalCheckout: Call<operations["createTerminalCheckout"]>;
    /** Search Terminal checkouts by device, status or creation time. `POST /v2/terminals/checkouts/search` */
    searchTerminalCheckouts: Paged<operations["searchTerminalCheckouts"]>;
}

const routes: Routes<SquareupClient> = {
    getMerchantMe: {"method":"GET","path":"/v2/merchants/me"},
    listLocations: {"method":"GET","path":"/v2/locations"},
    getLocation: {"method":"GET","path":"/v2/locations/{location_id}"},
    createLocation: {"method":"POST","path":"/v2/locations","body":"application/json"},
    updateLocation: {"method":"PUT","path":"/v2/locations/{location_id}","body":"application/json"},
    listCustomers: {"method":"GET","path":"/v2/customers","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getCustomer: {"method":"GET","path":"/v2/customers/{customer_id}"},
    createCustomer: {"method":"POST","path":"/v2/customers","body":"application/json"},
    updateCustomer: {"method":"PUT","path":"/v2/customers/{customer_id}","body":"application/json"},
    deleteCustomer: {"method":"DELETE","path":"/v2/customers/{customer_id}"},
    searchCustomers: {"method":"POST","path":"/v2/customers/search","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    listPayments: {"method":"GET","path":"/v2/payments","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getPayment: {"method":"GET","path":"/v2/payments/{payment_id}"},
    createPayment: {"method":"POST","path":"/v2/payments","body":"application/json"},
    completePayment: {"method":"POST","path":"/v2/payments/{payment_id}/complete","body":"application/json"},
    cancelPayment: {"method":"POST","path":"/v2/payments/{payment_id}/cancel"},
    listRefunds: {"method":"GET","path":"/v2/refunds","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getRefund: {"method":"GET","path":"/v2/refunds/{refund_id}"},
    refundPayment: {"method":"POST","path":"/v2/refunds","body":"application/json"},
    createOrder: {"method":"POST","path":"/v2/orders","body":"application/json"},
    getOrder: {"method":"GET","path":"/v2/orders/{order_id}"},
    searchOrders: {"method":"POST","path":"/v2/orders/search","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    updateOrder: {"method":"PUT","path":"/v2/orders/{order_id}","body":"application/json"},
    payOrder: {"method":"POST","path":"/v2/orders/{order_id}/pay","body":"application/json"},
    listCatalog: {"method":"GET","path":"/v2/catalog/list","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getCatalogObject: {"method":"GET","path":"/v2/catalog/object/{object_id}"},
    upsertCatalogObject: {"method":"POST","path":"/v2/catalog/object","body":"application/json"},
    deleteCatalogObject: {"method":"DELETE","path":"/v2/catalog/object/{object_id}"},
    searchCatalog: {"method":"POST","path":"/v2/catalog/search","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    getCatalogInfo: {"method":"GET","path":"/v2/catalog/info"},
    batchUpsertCatalogObjects: {"method":"POST","path":"/v2/catalog/batch-upsert","body":"application/json"},
    listInvoices: {"method":"GET","path":"/v2/invoices","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getInvoice: {"method":"GET","path":"/v2/invoices/{invoice_id}"},
    createInvoice: {"method":"POST","path":"/v2/invoices","body":"application/json"},
    updateInvoice: {"method":"PUT","path":"/v2/invoices/{invoice_id}","body":"application/json"},
    publishInvoice: {"method":"POST","path":"/v2/invoices/{invoice_id}/publish","body":"application/json"},
    cancelInvoice: {"method":"POST","path":"/v2/invoices/{invoice_id}/cancel","body":"application/json"},
    deleteInvoice: {"method":"DELETE","path":"/v2/invoices/{invoice_id}"},
    searchTeamMembers: {"method":"POST","path":"/v2/team-members/search","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    getTeamMember: {"method":"GET","path":"/v2/team-members/{team_member_id}"},
    updateTeamMember: {"method":"PUT","path":"/v2/team-members/{team_member_id}","body":"application/json"},
    listLoyaltyPrograms: {"method":"GET","path":"/v2/loyalty/programs"},
    getLoyaltyProgram: {"method":"GET","path":"/v2/loyalty/programs/{program_id}"},
    searchLoyaltyAccounts: {"method":"POST","path":"/v2/loyalty/accounts/search","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    createLoyaltyAccount: {"method":"POST","path":"/v2/loyalty/accounts","body":"application/json"},
    listPaymentLinks: {"method":"GET","path":"/v2/online-checkout/payment-links","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getPaymentLink: {"method":"GET","path":"/v2/online-checkout/payment-links/{id}"},
    createPaymentLink: {"method":"POST","path":"/v2/online-checkout/payment-links","body":"application/json"},
    updatePaymentLink: {"method":"PUT","path":"/v2/online-checkout/payment-links/{id}","body":"application/json"},
    deletePaymentLink: {"method":"DELETE","path":"/v2/online-checkout/payment-links/{id}"},
    listCards: {"method":"GET","path":"/v2/cards","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getCard: {"method":"GET","path":"/v2/cards/{card_id}"},
    createCard: {"method":"POST","path":"/v2/cards","body":"application/json"},
    disableCard: {"method":"POST","path":"/v2/cards/{card_id}/disable"},
    listPayouts: {"method":"GET","path":"/v2/payouts","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getPayout: {"method":"GET","path":"/v2/payouts/{payout_id}"},
    listPayoutEntries: {"method":"GET","path":"/v2/payouts/{payout_id}/payout-entries","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    listBankAccounts: {"method":"GET","path":"/v2/bank-accounts","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    getBankAccount: {"method":"GET","path":"/v2/bank-accounts/{bank_account_id}"},
    createTerminalCheckout: {"method":"POST","path":"/v2/terminals/checkouts","body":"application/json"},
    searchTerminalCheckouts: {"method":"POST","path":"/v2/terminals/checkouts/search","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
};

/**
 * The Square client: `const api = squareup(new Switchboard({ baseUrl, apiKey }))`.
 */
export const squareup = (sb: Switchboard): SquareupClient => bindClient<SquareupClient>(sb, "squareup", routes);
