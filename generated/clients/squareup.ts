// Generated from providers/squareup.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/squareup.js';

/**
 * Square through the Switchboard gateway: A Square seller's locations, customers, payments, refunds, orders, catalog, invoices, team, loyalty, payment links, cards, payouts and Terminal checkouts.
 */
export interface SquareupClient {
    /**
     * Read the seller account the token belongs to.
     *
     * `GET /v2/merchants/me`
     */
    getMerchantMe(args?: Args<operations["getMerchantMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMerchantMe"]>>>;
    /**
     * List all of the seller's locations.
     *
     * `GET /v2/locations`
     */
    listLocations(args?: Args<operations["listLocations"]>, options?: CallOptions): Promise<Result<Data<operations["listLocations"]>>>;
    /**
     * Read one location; the id main returns the seller's main location.
     *
     * `GET /v2/locations/{location_id}`
     */
    getLocation(args: Args<operations["getLocation"]>, options?: CallOptions): Promise<Result<Data<operations["getLocation"]>>>;
    /**
     * Add a location to the seller's account.
     *
     * `POST /v2/locations`
     */
    createLocation(args: Args<operations["createLocation"]>, options?: CallOptions): Promise<Result<Data<operations["createLocation"]>>>;
    /**
     * Change a location's name, address, hours or contact details.
     *
     * `PUT /v2/locations/{location_id}`
     */
    updateLocation(args: Args<operations["updateLocation"]>, options?: CallOptions): Promise<Result<Data<operations["updateLocation"]>>>;
    /**
     * Page through the seller's customer directory.
     *
     * `GET /v2/customers`
     */
    listCustomers: {
        (args?: Args<operations["listCustomers"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCustomers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomers"]>, void, undefined>;
    };
    /**
     * Read one customer profile.
     *
     * `GET /v2/customers/{customer_id}`
     */
    getCustomer(args: Args<operations["getCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["getCustomer"]>>>;
    /**
     * Create a customer profile; at least a name, company, email or phone is needed.
     *
     * `POST /v2/customers`
     */
    createCustomer(args: Args<operations["createCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomer"]>>>;
    /**
     * Change fields of a customer profile; fields left out stay as they are.
     *
     * `PUT /v2/customers/{customer_id}`
     */
    updateCustomer(args: Args<operations["updateCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["updateCustomer"]>>>;
    /**
     * Delete a customer profile.
     *
     * `DELETE /v2/customers/{customer_id}`
     */
    deleteCustomer(args: Args<operations["deleteCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCustomer"]>>>;
    /**
     * Search customers by email, phone, creation or update time, group or reference id.
     *
     * `POST /v2/customers/search`
     */
    searchCustomers: {
        (args: Args<operations["searchCustomers"]>, options?: CallOptions): Promise<Result<Data<operations["searchCustomers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchCustomers"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchCustomers"]>, void, undefined>;
    };
    /**
     * Page through payments taken, optionally by time range, location, amount or card.
     *
     * `GET /v2/payments`
     */
    listPayments: {
        (args?: Args<operations["listPayments"]>, options?: CallOptions): Promise<Result<Data<operations["listPayments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPayments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPayments"]>, void, undefined>;
    };
    /**
     * Read one payment.
     *
     * `GET /v2/payments/{payment_id}`
     */
    getPayment(args: Args<operations["getPayment"]>, options?: CallOptions): Promise<Result<Data<operations["getPayment"]>>>;
    /**
     * Charge a card nonce, card on file or other source, optionally holding it for later completion.
     *
     * `POST /v2/payments`
     */
    createPayment(args: Args<operations["createPayment"]>, options?: CallOptions): Promise<Result<Data<operations["createPayment"]>>>;
    /**
     * Capture a payment that was only authorised.
     *
     * `POST /v2/payments/{payment_id}/complete`
     */
    completePayment(args: Args<operations["completePayment"]>, options?: CallOptions): Promise<Result<Data<operations["completePayment"]>>>;
    /**
     * Void an authorised payment that has not been completed.
     *
     * `POST /v2/payments/{payment_id}/cancel`
     */
    cancelPayment(args: Args<operations["cancelPayment"]>, options?: CallOptions): Promise<Result<Data<operations["cancelPayment"]>>>;
    /**
     * Page through refunds, optionally by time range, location, status or source type.
     *
     * `GET /v2/refunds`
     */
    listRefunds: {
        (args?: Args<operations["listRefunds"]>, options?: CallOptions): Promise<Result<Data<operations["listRefunds"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRefunds"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRefunds"]>, void, undefined>;
    };
    /**
     * Read one refund.
     *
     * `GET /v2/refunds/{refund_id}`
     */
    getRefund(args: Args<operations["getRefund"]>, options?: CallOptions): Promise<Result<Data<operations["getRefund"]>>>;
    /**
     * Refund all or part of a completed payment.
     *
     * `POST /v2/refunds`
     */
    refundPayment(args: Args<operations["refundPayment"]>, options?: CallOptions): Promise<Result<Data<operations["refundPayment"]>>>;
    /**
     * Create an order of line items, taxes, discounts and fulfillments for a location.
     *
     * `POST /v2/orders`
     */
    createOrder(args: Args<operations["createOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createOrder"]>>>;
    /**
     * Read one order with its line items and totals.
     *
     * `GET /v2/orders/{order_id}`
     */
    getOrder(args: Args<operations["getOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getOrder"]>>>;
    /**
     * Search the orders of up to ten locations by state, date, fulfillment, source or customer.
     *
     * `POST /v2/orders/search`
     */
    searchOrders: {
        (args: Args<operations["searchOrders"]>, options?: CallOptions): Promise<Result<Data<operations["searchOrders"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchOrders"]>, void, undefined>;
    };
    /**
     * Change an open order by sending only the changed fields with its current version.
     *
     * `PUT /v2/orders/{order_id}`
     */
    updateOrder(args: Args<operations["updateOrder"]>, options?: CallOptions): Promise<Result<Data<operations["updateOrder"]>>>;
    /**
     * Settle an order with payments that were taken for it without completing them.
     *
     * `POST /v2/orders/{order_id}/pay`
     */
    payOrder(args: Args<operations["payOrder"]>, options?: CallOptions): Promise<Result<Data<operations["payOrder"]>>>;
    /**
     * Page through catalog objects, optionally of some types only.
     *
     * `GET /v2/catalog/list`
     */
    listCatalog: {
        (args?: Args<operations["listCatalog"]>, options?: CallOptions): Promise<Result<Data<operations["listCatalog"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCatalog"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCatalog"]>, void, undefined>;
    };
    /**
     * Read one catalog object, optionally with the objects it refers to.
     *
     * `GET /v2/catalog/object/{object_id}`
     */
    getCatalogObject(args: Args<operations["getCatalogObject"]>, options?: CallOptions): Promise<Result<Data<operations["getCatalogObject"]>>>;
    /**
     * Create a catalog object, or replace one by id; new objects use temporary ids that start with #.
     *
     * `POST /v2/catalog/object`
     */
    upsertCatalogObject(args: Args<operations["upsertCatalogObject"]>, options?: CallOptions): Promise<Result<Data<operations["upsertCatalogObject"]>>>;
    /**
     * Delete a catalog object and everything that belongs to it, such as an item's variations.
     *
     * `DELETE /v2/catalog/object/{object_id}`
     */
    deleteCatalogObject(args: Args<operations["deleteCatalogObject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCatalogObject"]>>>;
    /**
     * Search catalog objects by keywords, exact or prefix values, ranges or related taxes and modifiers.
     *
     * `POST /v2/catalog/search`
     */
    searchCatalog: {
        (args: Args<operations["searchCatalog"]>, options?: CallOptions): Promise<Result<Data<operations["searchCatalog"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchCatalog"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchCatalog"]>, void, undefined>;
    };
    /**
     * Read the catalog's batch size limits and standard unit descriptions.
     *
     * `GET /v2/catalog/info`
     */
    getCatalogInfo(args?: Args<operations["getCatalogInfo"]>, options?: CallOptions): Promise<Result<Data<operations["getCatalogInfo"]>>>;
    /**
     * Create or replace many catalog objects in batches; each batch succeeds or fails as a whole.
     *
     * `POST /v2/catalog/batch-upsert`
     */
    batchUpsertCatalogObjects(args: Args<operations["batchUpsertCatalogObjects"]>, options?: CallOptions): Promise<Result<Data<operations["batchUpsertCatalogObjects"]>>>;
    /**
     * Page through the invoices of one location.
     *
     * `GET /v2/invoices`
     */
    listInvoices: {
        (args: Args<operations["listInvoices"]>, options?: CallOptions): Promise<Result<Data<operations["listInvoices"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listInvoices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvoices"]>, void, undefined>;
    };
    /**
     * Read one invoice.
     *
     * `GET /v2/invoices/{invoice_id}`
     */
    getInvoice(args: Args<operations["getInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["getInvoice"]>>>;
    /**
     * Create a draft invoice for an existing order; publish it to send it.
     *
     * `POST /v2/invoices`
     */
    createInvoice(args: Args<operations["createInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["createInvoice"]>>>;
    /**
     * Change an invoice by sending the changed fields with its current version.
     *
     * `PUT /v2/invoices/{invoice_id}`
     */
    updateInvoice(args: Args<operations["updateInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["updateInvoice"]>>>;
    /**
     * Publish a draft invoice so Square emails, texts or schedules it, or charges a card on file.
     *
     * `POST /v2/invoices/{invoice_id}/publish`
     */
    publishInvoice(args: Args<operations["publishInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["publishInvoice"]>>>;
    /**
     * Cancel a published invoice so it can no longer be paid.
     *
     * `POST /v2/invoices/{invoice_id}/cancel`
     */
    cancelInvoice(args: Args<operations["cancelInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["cancelInvoice"]>>>;
    /**
     * Delete a draft invoice; published invoices are cancelled instead.
     *
     * `DELETE /v2/invoices/{invoice_id}`
     */
    deleteInvoice(args: Args<operations["deleteInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["deleteInvoice"]>>>;
    /**
     * Search team members by location, status or ownership.
     *
     * `POST /v2/team-members/search`
     */
    searchTeamMembers: {
        (args: Args<operations["searchTeamMembers"]>, options?: CallOptions): Promise<Result<Data<operations["searchTeamMembers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchTeamMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchTeamMembers"]>, void, undefined>;
    };
    /**
     * Read one team member.
     *
     * `GET /v2/team-members/{team_member_id}`
     */
    getTeamMember(args: Args<operations["getTeamMember"]>, options?: CallOptions): Promise<Result<Data<operations["getTeamMember"]>>>;
    /**
     * Change a team member's name, contact details, status or assigned locations.
     *
     * `PUT /v2/team-members/{team_member_id}`
     */
    updateTeamMember(args: Args<operations["updateTeamMember"]>, options?: CallOptions): Promise<Result<Data<operations["updateTeamMember"]>>>;
    /**
     * List the seller's loyalty program (a seller has at most one).
     *
     * `GET /v2/loyalty/programs`
     */
    listLoyaltyPrograms(args?: Args<operations["listLoyaltyPrograms"]>, options?: CallOptions): Promise<Result<Data<operations["listLoyaltyPrograms"]>>>;
    /**
     * Read the loyalty program by id, or with the id main.
     *
     * `GET /v2/loyalty/programs/{program_id}`
     */
    getLoyaltyProgram(args: Args<operations["getLoyaltyProgram"]>, options?: CallOptions): Promise<Result<Data<operations["getLoyaltyProgram"]>>>;
    /**
     * Find loyalty accounts by phone number or customer id.
     *
     * `POST /v2/loyalty/accounts/search`
     */
    searchLoyaltyAccounts: {
        (args: Args<operations["searchLoyaltyAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["searchLoyaltyAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchLoyaltyAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchLoyaltyAccounts"]>, void, undefined>;
    };
    /**
     * Enroll a buyer in the loyalty program under their phone number.
     *
     * `POST /v2/loyalty/accounts`
     */
    createLoyaltyAccount(args: Args<operations["createLoyaltyAccount"]>, options?: CallOptions): Promise<Result<Data<operations["createLoyaltyAccount"]>>>;
    /**
     * Page through the seller's checkout payment links.
     *
     * `GET /v2/online-checkout/payment-links`
     */
    listPaymentLinks: {
        (args?: Args<operations["listPaymentLinks"]>, options?: CallOptions): Promise<Result<Data<operations["listPaymentLinks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPaymentLinks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPaymentLinks"]>, void, undefined>;
    };
    /**
     * Read one payment link.
     *
     * `GET /v2/online-checkout/payment-links/{id}`
     */
    getPaymentLink(args: Args<operations["getPaymentLink"]>, options?: CallOptions): Promise<Result<Data<operations["getPaymentLink"]>>>;
    /**
     * Create a hosted checkout link for a quick amount or for an order.
     *
     * `POST /v2/online-checkout/payment-links`
     */
    createPaymentLink(args: Args<operations["createPaymentLink"]>, options?: CallOptions): Promise<Result<Data<operations["createPaymentLink"]>>>;
    /**
     * Change a payment link's description, checkout options or prefilled buyer data.
     *
     * `PUT /v2/online-checkout/payment-links/{id}`
     */
    updatePaymentLink(args: Args<operations["updatePaymentLink"]>, options?: CallOptions): Promise<Result<Data<operations["updatePaymentLink"]>>>;
    /**
     * Delete a payment link and cancel the order it created.
     *
     * `DELETE /v2/online-checkout/payment-links/{id}`
     */
    deletePaymentLink(args: Args<operations["deletePaymentLink"]>, options?: CallOptions): Promise<Result<Data<operations["deletePaymentLink"]>>>;
    /**
     * Page through cards on file, optionally of one customer.
     *
     * `GET /v2/cards`
     */
    listCards: {
        (args?: Args<operations["listCards"]>, options?: CallOptions): Promise<Result<Data<operations["listCards"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCards"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCards"]>, void, undefined>;
    };
    /**
     * Read one card on file.
     *
     * `GET /v2/cards/{card_id}`
     */
    getCard(args: Args<operations["getCard"]>, options?: CallOptions): Promise<Result<Data<operations["getCard"]>>>;
    /**
     * Save a card for a customer from a card nonce or an earlier payment.
     *
     * `POST /v2/cards`
     */
    createCard(args: Args<operations["createCard"]>, options?: CallOptions): Promise<Result<Data<operations["createCard"]>>>;
    /**
     * Disable a card on file so it cannot be charged again.
     *
     * `POST /v2/cards/{card_id}/disable`
     */
    disableCard(args: Args<operations["disableCard"]>, options?: CallOptions): Promise<Result<Data<operations["disableCard"]>>>;
    /**
     * Page through transfers of the seller's balance to their bank account.
     *
     * `GET /v2/payouts`
     */
    listPayouts: {
        (args?: Args<operations["listPayouts"]>, options?: CallOptions): Promise<Result<Data<operations["listPayouts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPayouts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPayouts"]>, void, undefined>;
    };
    /**
     * Read one payout.
     *
     * `GET /v2/payouts/{payout_id}`
     */
    getPayout(args: Args<operations["getPayout"]>, options?: CallOptions): Promise<Result<Data<operations["getPayout"]>>>;
    /**
     * Page through the payments, refunds and fees that make up a payout.
     *
     * `GET /v2/payouts/{payout_id}/payout-entries`
     */
    listPayoutEntries: {
        (args: Args<operations["listPayoutEntries"]>, options?: CallOptions): Promise<Result<Data<operations["listPayoutEntries"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPayoutEntries"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPayoutEntries"]>, void, undefined>;
    };
    /**
     * Page through the bank accounts linked to the seller.
     *
     * `GET /v2/bank-accounts`
     */
    listBankAccounts: {
        (args?: Args<operations["listBankAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listBankAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBankAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBankAccounts"]>, void, undefined>;
    };
    /**
     * Read one linked bank account.
     *
     * `GET /v2/bank-accounts/{bank_account_id}`
     */
    getBankAccount(args: Args<operations["getBankAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getBankAccount"]>>>;
    /**
     * List Terminal checkouts (Square's own reference documents listing through the search call).
     *
     * `GET /v2/terminals/checkouts`
     */
    listTerminalCheckouts: {
        (args?: Args<operations["listTerminalCheckouts"]>, options?: CallOptions): Promise<Result<Data<operations["listTerminalCheckouts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTerminalCheckouts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTerminalCheckouts"]>, void, undefined>;
    };
    /**
     * Send a checkout request to a paired Square Terminal so the buyer can pay on the device.
     *
     * `POST /v2/terminals/checkouts`
     */
    createTerminalCheckout(args: Args<operations["createTerminalCheckout"]>, options?: CallOptions): Promise<Result<Data<operations["createTerminalCheckout"]>>>;
    /**
     * Search Terminal checkouts by device, status or creation time.
     *
     * `POST /v2/terminals/checkouts/search`
     */
    searchTerminalCheckouts: {
        (args: Args<operations["searchTerminalCheckouts"]>, options?: CallOptions): Promise<Result<Data<operations["searchTerminalCheckouts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchTerminalCheckouts"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchTerminalCheckouts"]>, void, undefined>;
    };
}

const routes = {
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
    listTerminalCheckouts: {"method":"GET","path":"/v2/terminals/checkouts","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor"}},
    createTerminalCheckout: {"method":"POST","path":"/v2/terminals/checkouts","body":"application/json"},
    searchTerminalCheckouts: {"method":"POST","path":"/v2/terminals/checkouts/search","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
} satisfies Record<string, Route>;

/**
 * The Square client: `const api = squareup(new Switchboard({ baseUrl, apiKey }))`.
 */
export function squareup(client: Switchboard): SquareupClient {
    const app = "squareup";
    return {
        getMerchantMe: (args, options) => client.call(app, routes.getMerchantMe, args, options),
        listLocations: (args, options) => client.call(app, routes.listLocations, args, options),
        getLocation: (args, options) => client.call(app, routes.getLocation, args, options),
        createLocation: (args, options) => client.call(app, routes.createLocation, args, options),
        updateLocation: (args, options) => client.call(app, routes.updateLocation, args, options),
        listCustomers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomers, args, options) }) as SquareupClient["listCustomers"],
        getCustomer: (args, options) => client.call(app, routes.getCustomer, args, options),
        createCustomer: (args, options) => client.call(app, routes.createCustomer, args, options),
        updateCustomer: (args, options) => client.call(app, routes.updateCustomer, args, options),
        deleteCustomer: (args, options) => client.call(app, routes.deleteCustomer, args, options),
        searchCustomers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchCustomers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchCustomers, args, options) }) as SquareupClient["searchCustomers"],
        listPayments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPayments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPayments, args, options) }) as SquareupClient["listPayments"],
        getPayment: (args, options) => client.call(app, routes.getPayment, args, options),
        createPayment: (args, options) => client.call(app, routes.createPayment, args, options),
        completePayment: (args, options) => client.call(app, routes.completePayment, args, options),
        cancelPayment: (args, options) => client.call(app, routes.cancelPayment, args, options),
        listRefunds: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRefunds, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRefunds, args, options) }) as SquareupClient["listRefunds"],
        getRefund: (args, options) => client.call(app, routes.getRefund, args, options),
        refundPayment: (args, options) => client.call(app, routes.refundPayment, args, options),
        createOrder: (args, options) => client.call(app, routes.createOrder, args, options),
        getOrder: (args, options) => client.call(app, routes.getOrder, args, options),
        searchOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchOrders, args, options) }) as SquareupClient["searchOrders"],
        updateOrder: (args, options) => client.call(app, routes.updateOrder, args, options),
        payOrder: (args, options) => client.call(app, routes.payOrder, args, options),
        listCatalog: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCatalog, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCatalog, args, options) }) as SquareupClient["listCatalog"],
        getCatalogObject: (args, options) => client.call(app, routes.getCatalogObject, args, options),
        upsertCatalogObject: (args, options) => client.call(app, routes.upsertCatalogObject, args, options),
        deleteCatalogObject: (args, options) => client.call(app, routes.deleteCatalogObject, args, options),
        searchCatalog: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchCatalog, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchCatalog, args, options) }) as SquareupClient["searchCatalog"],
        getCatalogInfo: (args, options) => client.call(app, routes.getCatalogInfo, args, options),
        batchUpsertCatalogObjects: (args, options) => client.call(app, routes.batchUpsertCatalogObjects, args, options),
        listInvoices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvoices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvoices, args, options) }) as SquareupClient["listInvoices"],
        getInvoice: (args, options) => client.call(app, routes.getInvoice, args, options),
        createInvoice: (args, options) => client.call(app, routes.createInvoice, args, options),
        updateInvoice: (args, options) => client.call(app, routes.updateInvoice, args, options),
        publishInvoice: (args, options) => client.call(app, routes.publishInvoice, args, options),
        cancelInvoice: (args, options) => client.call(app, routes.cancelInvoice, args, options),
        deleteInvoice: (args, options) => client.call(app, routes.deleteInvoice, args, options),
        searchTeamMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchTeamMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchTeamMembers, args, options) }) as SquareupClient["searchTeamMembers"],
        getTeamMember: (args, options) => client.call(app, routes.getTeamMember, args, options),
        updateTeamMember: (args, options) => client.call(app, routes.updateTeamMember, args, options),
        listLoyaltyPrograms: (args, options) => client.call(app, routes.listLoyaltyPrograms, args, options),
        getLoyaltyProgram: (args, options) => client.call(app, routes.getLoyaltyProgram, args, options),
        searchLoyaltyAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchLoyaltyAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchLoyaltyAccounts, args, options) }) as SquareupClient["searchLoyaltyAccounts"],
        createLoyaltyAccount: (args, options) => client.call(app, routes.createLoyaltyAccount, args, options),
        listPaymentLinks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPaymentLinks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPaymentLinks, args, options) }) as SquareupClient["listPaymentLinks"],
        getPaymentLink: (args, options) => client.call(app, routes.getPaymentLink, args, options),
        createPaymentLink: (args, options) => client.call(app, routes.createPaymentLink, args, options),
        updatePaymentLink: (args, options) => client.call(app, routes.updatePaymentLink, args, options),
        deletePaymentLink: (args, options) => client.call(app, routes.deletePaymentLink, args, options),
        listCards: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCards, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCards, args, options) }) as SquareupClient["listCards"],
        getCard: (args, options) => client.call(app, routes.getCard, args, options),
        createCard: (args, options) => client.call(app, routes.createCard, args, options),
        disableCard: (args, options) => client.call(app, routes.disableCard, args, options),
        listPayouts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPayouts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPayouts, args, options) }) as SquareupClient["listPayouts"],
        getPayout: (args, options) => client.call(app, routes.getPayout, args, options),
        listPayoutEntries: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPayoutEntries, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPayoutEntries, args, options) }) as SquareupClient["listPayoutEntries"],
        listBankAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBankAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBankAccounts, args, options) }) as SquareupClient["listBankAccounts"],
        getBankAccount: (args, options) => client.call(app, routes.getBankAccount, args, options),
        listTerminalCheckouts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTerminalCheckouts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTerminalCheckouts, args, options) }) as SquareupClient["listTerminalCheckouts"],
        createTerminalCheckout: (args, options) => client.call(app, routes.createTerminalCheckout, args, options),
        searchTerminalCheckouts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchTerminalCheckouts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchTerminalCheckouts, args, options) }) as SquareupClient["searchTerminalCheckouts"],
    };
}