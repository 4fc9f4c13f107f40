// Generated from providers/stripe.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/stripe.js';

/**
 * Stripe through the Switchboard gateway: Customers, products and prices, subscriptions, invoices, charges, payment intents, refunds, coupons and events of a Stripe account.
 */
export interface StripeClient {
    /** Page through customers, newest first, optionally by email or creation date. `GET /v1/customers` */
    listCustomers: Paged<operations["listCustomers"]>;
    /** Read one customer. `GET /v1/customers/{customerId}` */
    getCustomer: Call<operations["getCustomer"]>;
    /** Create a customer. `POST /v1/customers` */
    createCustomer: Call<operations["createCustomer"]>;
    /** Change a customer; fields left out stay as they are. `POST /v1/customers/{customerId}` */
    updateCustomer: Call<operations["updateCustomer"]>;
    /** Page through products, optionally only active ones. `GET /v1/products` */
    listProducts: Paged<operations["listProducts"]>;
    /** Create a product, optionally with a default price. `POST /v1/products` */
    createProduct: Call<operations["createProduct"]>;
    /** Page through prices, optionally of one product or type. `GET /v1/prices` */
    listPrices: Paged<operations["listPrices"]>;
    /** Create a one-off or recurring price for a product. `POST /v1/prices` */
    createPrice: Call<operations["createPrice"]>;
    /** Page through subscriptions, optionally of one customer, price or status. `GET /v1/subscriptions` */
    listSubscriptions: Paged<operations["listSubscriptions"]>;
    /** Read one subscription with its items. `GET /v1/subscriptions/{subscriptionId}` */
    getSubscription: Call<operations["getSubscription"]>;
    /** Start a subscription of a customer to one or more prices. `POST /v1/subscriptions` */
    createSubscription: Call<operations["createSubscription"]>;
    /** Cancel a subscription at once; it can not be resumed afterwards. `DELETE /v1/subscriptions/{subscriptionId}` */
    cancelSubscription: Call<operations["cancelSubscription"]>;
    /** Page through invoices, optionally of one customer, subscription or status. `GET /v1/invoices` */
    listInvoices: Paged<operations["listInvoices"]>;
    /** Read one invoice with its lines. `GET /v1/invoices/{invoiceId}` */
    getInvoice: Call<operations["getInvoice"]>;
    /** Page through charges, optionally of one customer or payment intent. `GET /v1/charges` */
    listCharges: Paged<operations["listCharges"]>;
    /** Start a payment of an amount from a customer, to be confirmed now or later. `POST /v1/payment_intents` */
    createPaymentIntent: Call<operations["createPaymentIntent"]>;
    /** Show the account's available and pending funds per currency. `GET /v1/balance` */
    getBalance: Call<operations["getBalance"]>;
    /** Page through the last 30 days of account events, optionally of given types. `GET /v1/events` */
    listEvents: Paged<operations["listEvents"]>;
    /** Page through the payment methods of a customer, optionally of one type. `GET /v1/payment_methods` */
    listPaymentMethods: Paged<operations["listPaymentMethods"]>;
    /** Attach a payment method to a customer so it can be charged again. `POST /v1/payment_methods/{paymentMethodId}/attach` */
    attachPaymentMethod: Call<operations["attachPaymentMethod"]>;
    /** Detach a payment method from its customer; it can not be used again. `POST /v1/payment_methods/{paymentMethodId}/detach` */
    detachPaymentMethod: Call<operations["detachPaymentMethod"]>;
    /** Page through coupons. `GET /v1/coupons` */
    listCoupons: Paged<operations["listCoupons"]>;
    /** Create a coupon for a percentage or a fixed amount off. `POST /v1/coupons` */
    createCoupon: Call<operations["createCoupon"]>;
    /** Delete a coupon; discounts already applied stay. `DELETE /v1/coupons/{couponId}` */
    deleteCoupon: Call<operations["deleteCoupon"]>;
    /** Page through refunds, optionally of one charge or payment intent. `GET /v1/refunds` */
    listRefunds: Paged<operations["listRefunds"]>;
    /** Refund all or part of a charge or payment intent. `POST /v1/refunds` */
    createRefund: Call<operations["createRefund"]>;
}

const routes: Routes<StripeClient> = {
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
};

/**
 * The Stripe client: `const api = stripe(new Switchboard({ baseUrl, apiKey }))`.
 */
export const stripe = (sb: Switchboard): StripeClient => bindClient<StripeClient>(sb, "stripe", routes);
