// Generated from providers/stripe.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/stripe.js';

/**
 * Stripe through the Switchboard gateway: Customers, products and prices, subscriptions, invoices, charges, payment intents, refunds, coupons and events of a Stripe account.
 */
export interface StripeClient {
    /**
     * Page through customers, newest first, optionally by email or creation date.
     *
     * `GET /v1/customers`
     */
    listCustomers: {
        (args?: Args<operations["listCustomers"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCustomers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomers"]>, void, undefined>;
    };
    /**
     * Read one customer.
     *
     * `GET /v1/customers/{customerId}`
     */
    getCustomer(args: Args<operations["getCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["getCustomer"]>>>;
    /**
     * Create a customer.
     *
     * `POST /v1/customers`
     */
    createCustomer(args?: Args<operations["createCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomer"]>>>;
    /**
     * Change a customer; fields left out stay as they are.
     *
     * `POST /v1/customers/{customerId}`
     */
    updateCustomer(args: Args<operations["updateCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["updateCustomer"]>>>;
    /**
     * Page through products, optionally only active ones.
     *
     * `GET /v1/products`
     */
    listProducts: {
        (args?: Args<operations["listProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listProducts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProducts"]>, void, undefined>;
    };
    /**
     * Create a product, optionally with a default price.
     *
     * `POST /v1/products`
     */
    createProduct(args: Args<operations["createProduct"]>, options?: CallOptions): Promise<Result<Data<operations["createProduct"]>>>;
    /**
     * Page through prices, optionally of one product or type.
     *
     * `GET /v1/prices`
     */
    listPrices: {
        (args?: Args<operations["listPrices"]>, options?: CallOptions): Promise<Result<Data<operations["listPrices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPrices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPrices"]>, void, undefined>;
    };
    /**
     * Create a one-off or recurring price for a product.
     *
     * `POST /v1/prices`
     */
    createPrice(args: Args<operations["createPrice"]>, options?: CallOptions): Promise<Result<Data<operations["createPrice"]>>>;
    /**
     * Page through subscriptions, optionally of one customer, price or status.
     *
     * `GET /v1/subscriptions`
     */
    listSubscriptions: {
        (args?: Args<operations["listSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscriptions"]>, void, undefined>;
    };
    /**
     * Read one subscription with its items.
     *
     * `GET /v1/subscriptions/{subscriptionId}`
     */
    getSubscription(args: Args<operations["getSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscription"]>>>;
    /**
     * Start a subscription of a customer to one or more prices.
     *
     * `POST /v1/subscriptions`
     */
    createSubscription(args: Args<operations["createSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["createSubscription"]>>>;
    /**
     * Cancel a subscription at once; it can not be resumed afterwards.
     *
     * `DELETE /v1/subscriptions/{subscriptionId}`
     */
    cancelSubscription(args: Args<operations["cancelSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["cancelSubscription"]>>>;
    /**
     * Page through invoices, optionally of one customer, subscription or status.
     *
     * `GET /v1/invoices`
     */
    listInvoices: {
        (args?: Args<operations["listInvoices"]>, options?: CallOptions): Promise<Result<Data<operations["listInvoices"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listInvoices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvoices"]>, void, undefined>;
    };
    /**
     * Read one invoice with its lines.
     *
     * `GET /v1/invoices/{invoiceId}`
     */
    getInvoice(args: Args<operations["getInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["getInvoice"]>>>;
    /**
     * Page through charges, optionally of one customer or payment intent.
     *
     * `GET /v1/charges`
     */
    listCharges: {
        (args?: Args<operations["listCharges"]>, options?: CallOptions): Promise<Result<Data<operations["listCharges"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCharges"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCharges"]>, void, undefined>;
    };
    /**
     * Start a payment of an amount from a customer, to be confirmed now or later.
     *
     * `POST /v1/payment_intents`
     */
    createPaymentIntent(args: Args<operations["createPaymentIntent"]>, options?: CallOptions): Promise<Result<Data<operations["createPaymentIntent"]>>>;
    /**
     * Show the account's available and pending funds per currency.
     *
     * `GET /v1/balance`
     */
    getBalance(args?: Args<operations["getBalance"]>, options?: CallOptions): Promise<Result<Data<operations["getBalance"]>>>;
    /**
     * Page through the last 30 days of account events, optionally of given types.
     *
     * `GET /v1/events`
     */
    listEvents: {
        (args?: Args<operations["listEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listEvents"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEvents"]>, void, undefined>;
    };
    /**
     * Page through the payment methods of a customer, optionally of one type.
     *
     * `GET /v1/payment_methods`
     */
    listPaymentMethods: {
        (args?: Args<operations["listPaymentMethods"]>, options?: CallOptions): Promise<Result<Data<operations["listPaymentMethods"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPaymentMethods"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPaymentMethods"]>, void, undefined>;
    };
    /**
     * Attach a payment method to a customer so it can be charged again.
     *
     * `POST /v1/payment_methods/{paymentMethodId}/attach`
     */
    attachPaymentMethod(args: Args<operations["attachPaymentMethod"]>, options?: CallOptions): Promise<Result<Data<operations["attachPaymentMethod"]>>>;
    /**
     * Detach a payment method from its customer; it can not be used again.
     *
     * `POST /v1/payment_methods/{paymentMethodId}/detach`
     */
    detachPaymentMethod(args: Args<operations["detachPaymentMethod"]>, options?: CallOptions): Promise<Result<Data<operations["detachPaymentMethod"]>>>;
    /**
     * Page through coupons.
     *
     * `GET /v1/coupons`
     */
    listCoupons: {
        (args?: Args<operations["listCoupons"]>, options?: CallOptions): Promise<Result<Data<operations["listCoupons"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCoupons"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCoupons"]>, void, undefined>;
    };
    /**
     * Create a coupon for a percentage or a fixed amount off.
     *
     * `POST /v1/coupons`
     */
    createCoupon(args: Args<operations["createCoupon"]>, options?: CallOptions): Promise<Result<Data<operations["createCoupon"]>>>;
    /**
     * Delete a coupon; discounts already applied stay.
     *
     * `DELETE /v1/coupons/{couponId}`
     */
    deleteCoupon(args: Args<operations["deleteCoupon"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCoupon"]>>>;
    /**
     * Page through refunds, optionally of one charge or payment intent.
     *
     * `GET /v1/refunds`
     */
    listRefunds: {
        (args?: Args<operations["listRefunds"]>, options?: CallOptions): Promise<Result<Data<operations["listRefunds"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRefunds"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRefunds"]>, void, undefined>;
    };
    /**
     * Refund all or part of a charge or payment intent.
     *
     * `POST /v1/refunds`
     */
    createRefund(args: Args<operations["createRefund"]>, options?: CallOptions): Promise<Result<Data<operations["createRefund"]>>>;
}

const routes = {
    listCustomers: {"method":"GET","path":"/v1/customers","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    getCustomer: {"method":"GET","path":"/v1/customers/{customerId}"},
    createCustomer: {"method":"POST","path":"/v1/customers","body":"application/x-www-form-urlencoded"},
    updateCustomer: {"method":"POST","path":"/v1/customers/{customerId}","body":"application/x-www-form-urlencoded"},
    listProducts: {"method":"GET","path":"/v1/products","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    createProduct: {"method":"POST","path":"/v1/products","body":"application/x-www-form-urlencoded"},
    listPrices: {"method":"GET","path":"/v1/prices","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    createPrice: {"method":"POST","path":"/v1/prices","body":"application/x-www-form-urlencoded"},
    listSubscriptions: {"method":"GET","path":"/v1/subscriptions","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    getSubscription: {"method":"GET","path":"/v1/subscriptions/{subscriptionId}"},
    createSubscription: {"method":"POST","path":"/v1/subscriptions","body":"application/x-www-form-urlencoded"},
    cancelSubscription: {"method":"DELETE","path":"/v1/subscriptions/{subscriptionId}"},
    listInvoices: {"method":"GET","path":"/v1/invoices","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    getInvoice: {"method":"GET","path":"/v1/invoices/{invoiceId}"},
    listCharges: {"method":"GET","path":"/v1/charges","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    createPaymentIntent: {"method":"POST","path":"/v1/payment_intents","body":"application/x-www-form-urlencoded"},
    getBalance: {"method":"GET","path":"/v1/balance"},
    listEvents: {"method":"GET","path":"/v1/events","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    listPaymentMethods: {"method":"GET","path":"/v1/payment_methods","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    attachPaymentMethod: {"method":"POST","path":"/v1/payment_methods/{paymentMethodId}/attach","body":"application/x-www-form-urlencoded"},
    detachPaymentMethod: {"method":"POST","path":"/v1/payment_methods/{paymentMethodId}/detach"},
    listCoupons: {"method":"GET","path":"/v1/coupons","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    createCoupon: {"method":"POST","path":"/v1/coupons","body":"application/x-www-form-urlencoded"},
    deleteCoupon: {"method":"DELETE","path":"/v1/coupons/{couponId}"},
    listRefunds: {"method":"GET","path":"/v1/refunds","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"data[-1].id","hasMore":"has_more"}},
    createRefund: {"method":"POST","path":"/v1/refunds","body":"application/x-www-form-urlencoded"},
} satisfies Record<string, Route>;

/**
 * The Stripe client: `const api = stripe(new Switchboard({ baseUrl, apiKey }))`.
 */
export function stripe(client: Switchboard): StripeClient {
    const app = "stripe";
    return {
        listCustomers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomers, args, options) }) as StripeClient["listCustomers"],
        getCustomer: (args, options) => client.call(app, routes.getCustomer, args, options),
        createCustomer: (args, options) => client.call(app, routes.createCustomer, args, options),
        updateCustomer: (args, options) => client.call(app, routes.updateCustomer, args, options),
        listProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProducts, args, options) }) as StripeClient["listProducts"],
        createProduct: (args, options) => client.call(app, routes.createProduct, args, options),
        listPrices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPrices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPrices, args, options) }) as StripeClient["listPrices"],
        createPrice: (args, options) => client.call(app, routes.createPrice, args, options),
        listSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscriptions, args, options) }) as StripeClient["listSubscriptions"],
        getSubscription: (args, options) => client.call(app, routes.getSubscription, args, options),
        createSubscription: (args, options) => client.call(app, routes.createSubscription, args, options),
        cancelSubscription: (args, options) => client.call(app, routes.cancelSubscription, args, options),
        listInvoices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvoices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvoices, args, options) }) as StripeClient["listInvoices"],
        getInvoice: (args, options) => client.call(app, routes.getInvoice, args, options),
        listCharges: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCharges, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCharges, args, options) }) as StripeClient["listCharges"],
        createPaymentIntent: (args, options) => client.call(app, routes.createPaymentIntent, args, options),
        getBalance: (args, options) => client.call(app, routes.getBalance, args, options),
        listEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEvents, args, options) }) as StripeClient["listEvents"],
        listPaymentMethods: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPaymentMethods, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPaymentMethods, args, options) }) as StripeClient["listPaymentMethods"],
        attachPaymentMethod: (args, options) => client.call(app, routes.attachPaymentMethod, args, options),
        detachPaymentMethod: (args, options) => client.call(app, routes.detachPaymentMethod, args, options),
        listCoupons: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCoupons, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCoupons, args, options) }) as StripeClient["listCoupons"],
        createCoupon: (args, options) => client.call(app, routes.createCoupon, args, options),
        deleteCoupon: (args, options) => client.call(app, routes.deleteCoupon, args, options),
        listRefunds: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRefunds, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRefunds, args, options) }) as StripeClient["listRefunds"],
        createRefund: (args, options) => client.call(app, routes.createRefund, args, options),
    };
}