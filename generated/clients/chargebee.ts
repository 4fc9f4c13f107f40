// Generated from providers/chargebee.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/chargebee.js';

/**
 * Chargebee through the Switchboard gateway: Subscription billing on a Chargebee site - customers, subscriptions, the product catalog, invoices, transactions and hosted pages.
 */
export interface ChargebeeClient {
    /** Page through the site's customers, optionally filtered by email, name, company or dates. `GET /api/v2/customers` */
    listCustomers: Paged<operations["listCustomers"]>;
    /** Read one customer with its billing address and credit balances. `GET /api/v2/customers/{customerId}` */
    getCustomer: Call<operations["getCustomer"]>;
    /** Create a customer, optionally with a billing address and payment settings. `POST /api/v2/customers` */
    createCustomer: Call<operations["createCustomer"]>;
    /** Change a customer's name, contact details or billing settings. `POST /api/v2/customers/{customerId}` */
    updateCustomer: Call<operations["updateCustomer"]>;
    /** Page through subscriptions, optionally by status, customer, plan or item price and dates. `GET /api/v2/subscriptions` */
    listSubscriptions: Paged<operations["listSubscriptions"]>;
    /** Read one subscription together with its customer. `GET /api/v2/subscriptions/{subscriptionId}` */
    getSubscription: Call<operations["getSubscription"]>;
    /** Create a customer and a subscription to a plan in one call (Product Catalog 1.0 sites). `POST /api/v2/subscriptions` */
    createSubscription: Call<operations["createSubscription"]>;
    /** Cancel a subscription now or at the end of its current term. `POST /api/v2/subscriptions/{subscriptionId}/cancel` */
    cancelSubscription: Call<operations["cancelSubscription"]>;
    /** Page through item prices (Product Catalog 2.0), optionally by item, type, status or currency. `GET /api/v2/item_prices` */
    listItemPrices: Paged<operations["listItemPrices"]>;
    /** Read one item price with its pricing model and billing period. `GET /api/v2/item_prices/{itemPriceId}` */
    getItemPrice: Call<operations["getItemPrice"]>;
    /** Page through catalog items (plans, addons and charges in Product Catalog 2.0). `GET /api/v2/items` */
    listItems: Paged<operations["listItems"]>;
    /** Read one catalog item. `GET /api/v2/items/{itemId}` */
    getItem: Call<operations["getItem"]>;
    /** Page through plans of a Product Catalog 1.0 site. `GET /api/v2/plans` */
    listPlans: Paged<operations["listPlans"]>;
    /** Read one plan of a Product Catalog 1.0 site. `GET /api/v2/plans/{planId}` */
    getPlan: Call<operations["getPlan"]>;
    /** Page through invoices, optionally by status, customer, subscription or date. `GET /api/v2/invoices` */
    listInvoices: Paged<operations["listInvoices"]>;
    /** Read one invoice with its line items, taxes and payments. `GET /api/v2/invoices/{invoiceId}` */
    getInvoice: Call<operations["getInvoice"]>;
    /** Get a short-lived download link for the invoice as a PDF. `POST /api/v2/invoices/{invoiceId}/pdf` */
    getInvoicePdf: Call<operations["getInvoicePdf"]>;
    /** Page through payments, refunds and other transactions, optionally by customer, type or status. `GET /api/v2/transactions` */
    listTransactions: Paged<operations["listTransactions"]>;
    /** Create a hosted checkout page where a new customer subscribes to item prices (Product Catalog 2.0). `POST /api/v2/hosted_pages/checkout_new_for_items` */
    checkoutNewForItems: Call<operations["checkoutNewForItems"]>;
    /** Create a hosted page where an existing customer adds or changes payment methods. `POST /api/v2/hosted_pages/manage_payment_sources` */
    managePaymentSources: Call<operations["managePaymentSources"]>;
    /** Open a self-service portal session for a customer and get its access link. `POST /api/v2/portal_sessions` */
    createPortalSession: Call<operations["createPortalSession"]>;
}

const routes: Routes<ChargebeeClient> = {
    listCustomers: {"method":"GET","path":"/api/v2/customers","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_offset"}},
    getCustomer: {"method":"GET","path":"/api/v2/customers/{customerId}"},
    createCustomer: {"method":"POST","path":"/api/v2/customers","body":"application/x-www-form-urlencoded"},
    updateCustomer: {"method":"POST","path":"/api/v2/customers/{customerId}","body":"application/x-www-form-urlencoded"},
    listSubscriptions: {"method":"GET","path":"/api/v2/subscriptions","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_offset"}},
    getSubscription: {"method":"GET","path":"/api/v2/subscriptions/{subscriptionId}"},
    createSubscription: {"method":"POST","path":"/api/v2/subscriptions","body":"application/x-www-form-urlencoded"},
    cancelSubscription: {"method":"POST","path":"/api/v2/subscriptions/{subscriptionId}/cancel","body":"application/x-www-form-urlencoded"},
    listItemPrices: {"method":"GET","path":"/api/v2/item_prices","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_offset"}},
    getItemPrice: {"method":"GET","path":"/api/v2/item_prices/{itemPriceId}"},
    listItems: {"method":"GET","path":"/api/v2/items","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_offset"}},
    getItem: {"method":"GET","path":"/api/v2/items/{itemId}"},
    listPlans: {"method":"GET","path":"/api/v2/plans","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_offset"}},
    getPlan: {"method":"GET","path":"/api/v2/plans/{planId}"},
    listInvoices: {"method":"GET","path":"/api/v2/invoices","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_offset"}},
    getInvoice: {"method":"GET","path":"/api/v2/invoices/{invoiceId}"},
    getInvoicePdf: {"method":"POST","path":"/api/v2/invoices/{invoiceId}/pdf","body":"application/x-www-form-urlencoded"},
    listTransactions: {"method":"GET","path":"/api/v2/transactions","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_offset"}},
    checkoutNewForItems: {"method":"POST","path":"/api/v2/hosted_pages/checkout_new_for_items","body":"application/x-www-form-urlencoded"},
    managePaymentSources: {"method":"POST","path":"/api/v2/hosted_pages/manage_payment_sources","body":"application/x-www-form-urlencoded"},
    createPortalSession: {"method":"POST","path":"/api/v2/portal_sessions","body":"application/x-www-form-urlencoded"},
};

/**
 * The Chargebee client: `const api = chargebee(new Switchboard({ baseUrl, apiKey }))`.
 */
export const chargebee = (sb: Switchboard): ChargebeeClient => bindClient<ChargebeeClient>(sb, "chargebee", routes);
