// Generated from providers/chargebee.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/chargebee.js';

/**
 * Chargebee through the Switchboard gateway: Subscription billing on a Chargebee site - customers, subscriptions, the product catalog, invoices, transactions and hosted pages.
 */
export interface ChargebeeClient {
    /**
     * Page through the site's customers, optionally filtered by email, name, company or dates.
     *
     * `GET /api/v2/customers`
     */
    listCustomers: {
        (args?: Args<operations["listCustomers"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCustomers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomers"]>, void, undefined>;
    };
    /**
     * Read one customer with its billing address and credit balances.
     *
     * `GET /api/v2/customers/{customerId}`
     */
    getCustomer(args: Args<operations["getCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["getCustomer"]>>>;
    /**
     * Create a customer, optionally with a billing address and payment settings.
     *
     * `POST /api/v2/customers`
     */
    createCustomer(args: Args<operations["createCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomer"]>>>;
    /**
     * Change a customer's name, contact details or billing settings.
     *
     * `POST /api/v2/customers/{customerId}`
     */
    updateCustomer(args: Args<operations["updateCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["updateCustomer"]>>>;
    /**
     * Page through subscriptions, optionally by status, customer, plan or item price and dates.
     *
     * `GET /api/v2/subscriptions`
     */
    listSubscriptions: {
        (args?: Args<operations["listSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscriptions"]>, void, undefined>;
    };
    /**
     * Read one subscription together with its customer.
     *
     * `GET /api/v2/subscriptions/{subscriptionId}`
     */
    getSubscription(args: Args<operations["getSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscription"]>>>;
    /**
     * Create a customer and a subscription to a plan in one call (Product Catalog 1.0 sites).
     *
     * `POST /api/v2/subscriptions`
     */
    createSubscription(args: Args<operations["createSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["createSubscription"]>>>;
    /**
     * Cancel a subscription now or at the end of its current term.
     *
     * `POST /api/v2/subscriptions/{subscriptionId}/cancel`
     */
    cancelSubscription(args: Args<operations["cancelSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["cancelSubscription"]>>>;
    /**
     * Page through item prices (Product Catalog 2.0), optionally by item, type, status or currency.
     *
     * `GET /api/v2/item_prices`
     */
    listItemPrices: {
        (args?: Args<operations["listItemPrices"]>, options?: CallOptions): Promise<Result<Data<operations["listItemPrices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listItemPrices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listItemPrices"]>, void, undefined>;
    };
    /**
     * Read one item price with its pricing model and billing period.
     *
     * `GET /api/v2/item_prices/{itemPriceId}`
     */
    getItemPrice(args: Args<operations["getItemPrice"]>, options?: CallOptions): Promise<Result<Data<operations["getItemPrice"]>>>;
    /**
     * Page through catalog items (plans, addons and charges in Product Catalog 2.0).
     *
     * `GET /api/v2/items`
     */
    listItems: {
        (args?: Args<operations["listItems"]>, options?: CallOptions): Promise<Result<Data<operations["listItems"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["listItems"]>, void, undefined>;
    };
    /**
     * Read one catalog item.
     *
     * `GET /api/v2/items/{itemId}`
     */
    getItem(args: Args<operations["getItem"]>, options?: CallOptions): Promise<Result<Data<operations["getItem"]>>>;
    /**
     * Page through plans of a Product Catalog 1.0 site.
     *
     * `GET /api/v2/plans`
     */
    listPlans: {
        (args?: Args<operations["listPlans"]>, options?: CallOptions): Promise<Result<Data<operations["listPlans"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPlans"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPlans"]>, void, undefined>;
    };
    /**
     * Read one plan of a Product Catalog 1.0 site.
     *
     * `GET /api/v2/plans/{planId}`
     */
    getPlan(args: Args<operations["getPlan"]>, options?: CallOptions): Promise<Result<Data<operations["getPlan"]>>>;
    /**
     * Page through invoices, optionally by status, customer, subscription or date.
     *
     * `GET /api/v2/invoices`
     */
    listInvoices: {
        (args?: Args<operations["listInvoices"]>, options?: CallOptions): Promise<Result<Data<operations["listInvoices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listInvoices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvoices"]>, void, undefined>;
    };
    /**
     * Read one invoice with its line items, taxes and payments.
     *
     * `GET /api/v2/invoices/{invoiceId}`
     */
    getInvoice(args: Args<operations["getInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["getInvoice"]>>>;
    /**
     * Get a short-lived download link for the invoice as a PDF.
     *
     * `POST /api/v2/invoices/{invoiceId}/pdf`
     */
    getInvoicePdf(args: Args<operations["getInvoicePdf"]>, options?: CallOptions): Promise<Result<Data<operations["getInvoicePdf"]>>>;
    /**
     * Page through payments, refunds and other transactions, optionally by customer, type or status.
     *
     * `GET /api/v2/transactions`
     */
    listTransactions: {
        (args?: Args<operations["listTransactions"]>, options?: CallOptions): Promise<Result<Data<operations["listTransactions"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTransactions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTransactions"]>, void, undefined>;
    };
    /**
     * Create a hosted checkout page where a new customer subscribes to item prices (Product Catalog 2.0).
     *
     * `POST /api/v2/hosted_pages/checkout_new_for_items`
     */
    checkoutNewForItems(args: Args<operations["checkoutNewForItems"]>, options?: CallOptions): Promise<Result<Data<operations["checkoutNewForItems"]>>>;
    /**
     * Create a hosted page where an existing customer adds or changes payment methods.
     *
     * `POST /api/v2/hosted_pages/manage_payment_sources`
     */
    managePaymentSources(args: Args<operations["managePaymentSources"]>, options?: CallOptions): Promise<Result<Data<operations["managePaymentSources"]>>>;
    /**
     * Open a self-service portal session for a customer and get its access link.
     *
     * `POST /api/v2/portal_sessions`
     */
    createPortalSession(args: Args<operations["createPortalSession"]>, options?: CallOptions): Promise<Result<Data<operations["createPortalSession"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Chargebee client: `const api = chargebee(new Switchboard({ baseUrl, apiKey }))`.
 */
export function chargebee(client: Switchboard): ChargebeeClient {
    const app = "chargebee";
    return {
        listCustomers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomers, args, options) }) as ChargebeeClient["listCustomers"],
        getCustomer: (args, options) => client.call(app, routes.getCustomer, args, options),
        createCustomer: (args, options) => client.call(app, routes.createCustomer, args, options),
        updateCustomer: (args, options) => client.call(app, routes.updateCustomer, args, options),
        listSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscriptions, args, options) }) as ChargebeeClient["listSubscriptions"],
        getSubscription: (args, options) => client.call(app, routes.getSubscription, args, options),
        createSubscription: (args, options) => client.call(app, routes.createSubscription, args, options),
        cancelSubscription: (args, options) => client.call(app, routes.cancelSubscription, args, options),
        listItemPrices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listItemPrices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listItemPrices, args, options) }) as ChargebeeClient["listItemPrices"],
        getItemPrice: (args, options) => client.call(app, routes.getItemPrice, args, options),
        listItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listItems, args, options) }) as ChargebeeClient["listItems"],
        getItem: (args, options) => client.call(app, routes.getItem, args, options),
        listPlans: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPlans, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPlans, args, options) }) as ChargebeeClient["listPlans"],
        getPlan: (args, options) => client.call(app, routes.getPlan, args, options),
        listInvoices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvoices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvoices, args, options) }) as ChargebeeClient["listInvoices"],
        getInvoice: (args, options) => client.call(app, routes.getInvoice, args, options),
        getInvoicePdf: (args, options) => client.call(app, routes.getInvoicePdf, args, options),
        listTransactions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTransactions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTransactions, args, options) }) as ChargebeeClient["listTransactions"],
        checkoutNewForItems: (args, options) => client.call(app, routes.checkoutNewForItems, args, options),
        managePaymentSources: (args, options) => client.call(app, routes.managePaymentSources, args, options),
        createPortalSession: (args, options) => client.call(app, routes.createPortalSession, args, options),
    };
}