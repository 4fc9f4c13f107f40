// Generated from providers/woocommerce.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/woocommerce.js';

/**
 * WooCommerce through the Switchboard gateway: Products, variations, categories, orders, refunds, customers, coupons, taxes, shipping, webhooks and reports of a WooCommerce store.
 */
export interface WoocommerceClient {
    /**
     * List products, filtered by status, type, category, tag, price, stock or search text.
     *
     * `GET /wp-json/wc/v3/products`
     */
    listProducts: {
        (args?: Args<operations["listProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listProducts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProducts"]>, void, undefined>;
    };
    /**
     * Read one product.
     *
     * `GET /wp-json/wc/v3/products/{id}`
     */
    getProduct(args: Args<operations["getProduct"]>, options?: CallOptions): Promise<Result<Data<operations["getProduct"]>>>;
    /**
     * Create a product.
     *
     * `POST /wp-json/wc/v3/products`
     */
    createProduct(args: Args<operations["createProduct"]>, options?: CallOptions): Promise<Result<Data<operations["createProduct"]>>>;
    /**
     * Change fields of a product; fields left out stay as they are.
     *
     * `PUT /wp-json/wc/v3/products/{id}`
     */
    updateProduct(args: Args<operations["updateProduct"]>, options?: CallOptions): Promise<Result<Data<operations["updateProduct"]>>>;
    /**
     * Move a product to the trash, or delete it for good with force=true.
     *
     * `DELETE /wp-json/wc/v3/products/{id}`
     */
    deleteProduct(args: Args<operations["deleteProduct"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProduct"]>>>;
    /**
     * Create, update and delete up to 100 products in one call.
     *
     * `POST /wp-json/wc/v3/products/batch`
     */
    batchProducts(args: Args<operations["batchProducts"]>, options?: CallOptions): Promise<Result<Data<operations["batchProducts"]>>>;
    /**
     * List the variations of a variable product.
     *
     * `GET /wp-json/wc/v3/products/{product_id}/variations`
     */
    listProductVariations: {
        (args: Args<operations["listProductVariations"]>, options?: CallOptions): Promise<Result<Data<operations["listProductVariations"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProductVariations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProductVariations"]>, void, undefined>;
    };
    /**
     * Add a variation (one combination of attribute options) to a variable product.
     *
     * `POST /wp-json/wc/v3/products/{product_id}/variations`
     */
    createProductVariation(args: Args<operations["createProductVariation"]>, options?: CallOptions): Promise<Result<Data<operations["createProductVariation"]>>>;
    /**
     * List product categories.
     *
     * `GET /wp-json/wc/v3/products/categories`
     */
    listProductCategories: {
        (args?: Args<operations["listProductCategories"]>, options?: CallOptions): Promise<Result<Data<operations["listProductCategories"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProductCategories"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProductCategories"]>, void, undefined>;
    };
    /**
     * Create a product category.
     *
     * `POST /wp-json/wc/v3/products/categories`
     */
    createProductCategory(args: Args<operations["createProductCategory"]>, options?: CallOptions): Promise<Result<Data<operations["createProductCategory"]>>>;
    /**
     * List orders, filtered by status, customer, product or dates.
     *
     * `GET /wp-json/wc/v3/orders`
     */
    listOrders: {
        (args?: Args<operations["listOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrders"]>, void, undefined>;
    };
    /**
     * Read one order with its line items, addresses and totals.
     *
     * `GET /wp-json/wc/v3/orders/{id}`
     */
    getOrder(args: Args<operations["getOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getOrder"]>>>;
    /**
     * Create an order, optionally marking it paid.
     *
     * `POST /wp-json/wc/v3/orders`
     */
    createOrder(args: Args<operations["createOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createOrder"]>>>;
    /**
     * Change an order, for example its status or addresses.
     *
     * `PUT /wp-json/wc/v3/orders/{id}`
     */
    updateOrder(args: Args<operations["updateOrder"]>, options?: CallOptions): Promise<Result<Data<operations["updateOrder"]>>>;
    /**
     * List the notes of an order.
     *
     * `GET /wp-json/wc/v3/orders/{order_id}/notes`
     */
    listOrderNotes(args: Args<operations["listOrderNotes"]>, options?: CallOptions): Promise<Result<Data<operations["listOrderNotes"]>>>;
    /**
     * Add a note to an order, optionally emailing it to the customer.
     *
     * `POST /wp-json/wc/v3/orders/{order_id}/notes`
     */
    createOrderNote(args: Args<operations["createOrderNote"]>, options?: CallOptions): Promise<Result<Data<operations["createOrderNote"]>>>;
    /**
     * Refund all or part of an order, optionally through the payment gateway.
     *
     * `POST /wp-json/wc/v3/orders/{order_id}/refunds`
     */
    createOrderRefund(args: Args<operations["createOrderRefund"]>, options?: CallOptions): Promise<Result<Data<operations["createOrderRefund"]>>>;
    /**
     * List customers, filtered by email, role or search text.
     *
     * `GET /wp-json/wc/v3/customers`
     */
    listCustomers: {
        (args?: Args<operations["listCustomers"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCustomers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomers"]>, void, undefined>;
    };
    /**
     * Read one customer with their addresses.
     *
     * `GET /wp-json/wc/v3/customers/{id}`
     */
    getCustomer(args: Args<operations["getCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["getCustomer"]>>>;
    /**
     * Create a customer account.
     *
     * `POST /wp-json/wc/v3/customers`
     */
    createCustomer(args: Args<operations["createCustomer"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomer"]>>>;
    /**
     * List coupons, optionally by code.
     *
     * `GET /wp-json/wc/v3/coupons`
     */
    listCoupons: {
        (args?: Args<operations["listCoupons"]>, options?: CallOptions): Promise<Result<Data<operations["listCoupons"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCoupons"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCoupons"]>, void, undefined>;
    };
    /**
     * Create a coupon code with its discount and usage limits.
     *
     * `POST /wp-json/wc/v3/coupons`
     */
    createCoupon(args: Args<operations["createCoupon"]>, options?: CallOptions): Promise<Result<Data<operations["createCoupon"]>>>;
    /**
     * List tax rates, optionally of one tax class.
     *
     * `GET /wp-json/wc/v3/taxes`
     */
    listTaxRates: {
        (args?: Args<operations["listTaxRates"]>, options?: CallOptions): Promise<Result<Data<operations["listTaxRates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTaxRates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTaxRates"]>, void, undefined>;
    };
    /**
     * Create a tax rate for a country, state, postcode or city.
     *
     * `POST /wp-json/wc/v3/taxes`
     */
    createTaxRate(args: Args<operations["createTaxRate"]>, options?: CallOptions): Promise<Result<Data<operations["createTaxRate"]>>>;
    /**
     * List the shipping zones of the store.
     *
     * `GET /wp-json/wc/v3/shipping/zones`
     */
    listShippingZones(args?: Args<operations["listShippingZones"]>, options?: CallOptions): Promise<Result<Data<operations["listShippingZones"]>>>;
    /**
     * List the shipping methods configured in a zone.
     *
     * `GET /wp-json/wc/v3/shipping/zones/{zone_id}/methods`
     */
    listShippingZoneMethods(args: Args<operations["listShippingZoneMethods"]>, options?: CallOptions): Promise<Result<Data<operations["listShippingZoneMethods"]>>>;
    /**
     * List the store's webhooks.
     *
     * `GET /wp-json/wc/v3/webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Register a URL to be called on a store event such as order.created.
     *
     * `POST /wp-json/wc/v3/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Sales totals for a period, with a breakdown by day or month.
     *
     * `GET /wp-json/wc/v3/reports/sales`
     */
    getSalesReport(args?: Args<operations["getSalesReport"]>, options?: CallOptions): Promise<Result<Data<operations["getSalesReport"]>>>;
    /**
     * Best-selling products of a period by quantity.
     *
     * `GET /wp-json/wc/v3/reports/top_sellers`
     */
    getTopSellersReport(args?: Args<operations["getTopSellersReport"]>, options?: CallOptions): Promise<Result<Data<operations["getTopSellersReport"]>>>;
    /**
     * Number of orders in each order status.
     *
     * `GET /wp-json/wc/v3/reports/orders/totals`
     */
    getOrderTotalsReport(args?: Args<operations["getOrderTotalsReport"]>, options?: CallOptions): Promise<Result<Data<operations["getOrderTotalsReport"]>>>;
    /**
     * List the groups of store settings (general, products, tax, email and so on).
     *
     * `GET /wp-json/wc/v3/settings`
     */
    listSettingGroups(args?: Args<operations["listSettingGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listSettingGroups"]>>>;
    /**
     * List the settings of one group with their current values.
     *
     * `GET /wp-json/wc/v3/settings/{group}`
     */
    listSettingOptions(args: Args<operations["listSettingOptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSettingOptions"]>>>;
    /**
     * Report the store's environment, database, plugins, theme and settings.
     *
     * `GET /wp-json/wc/v3/system_status`
     */
    getSystemStatus(args?: Args<operations["getSystemStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getSystemStatus"]>>>;
}

const routes = {
    listProducts: {"method":"GET","path":"/wp-json/wc/v3/products","comma":["exclude","include","parent"],"paging":{"style":"page","pageParam":"page","firstPage":1}},
    getProduct: {"method":"GET","path":"/wp-json/wc/v3/products/{id}"},
    createProduct: {"method":"POST","path":"/wp-json/wc/v3/products","body":"application/json"},
    updateProduct: {"method":"PUT","path":"/wp-json/wc/v3/products/{id}","body":"application/json"},
    deleteProduct: {"method":"DELETE","path":"/wp-json/wc/v3/products/{id}"},
    batchProducts: {"method":"POST","path":"/wp-json/wc/v3/products/batch","body":"application/json"},
    listProductVariations: {"method":"GET","path":"/wp-json/wc/v3/products/{product_id}/variations","comma":["include","exclude"],"paging":{"style":"page","pageParam":"page","firstPage":1}},
    createProductVariation: {"method":"POST","path":"/wp-json/wc/v3/products/{product_id}/variations","body":"application/json"},
    listProductCategories: {"method":"GET","path":"/wp-json/wc/v3/products/categories","comma":["include","exclude"],"paging":{"style":"page","pageParam":"page","firstPage":1}},
    createProductCategory: {"method":"POST","path":"/wp-json/wc/v3/products/categories","body":"application/json"},
    listOrders: {"method":"GET","path":"/wp-json/wc/v3/orders","comma":["include","exclude","parent","status"],"paging":{"style":"page","pageParam":"page","firstPage":1}},
    getOrder: {"method":"GET","path":"/wp-json/wc/v3/orders/{id}"},
    createOrder: {"method":"POST","path":"/wp-json/wc/v3/orders","body":"application/json"},
    updateOrder: {"method":"PUT","path":"/wp-json/wc/v3/orders/{id}","body":"application/json"},
    listOrderNotes: {"method":"GET","path":"/wp-json/wc/v3/orders/{order_id}/notes"},
    createOrderNote: {"method":"POST","path":"/wp-json/wc/v3/orders/{order_id}/notes","body":"application/json"},
    createOrderRefund: {"method":"POST","path":"/wp-json/wc/v3/orders/{order_id}/refunds","body":"application/json"},
    listCustomers: {"method":"GET","path":"/wp-json/wc/v3/customers","comma":["include","exclude"],"paging":{"style":"page","pageParam":"page","firstPage":1}},
    getCustomer: {"method":"GET","path":"/wp-json/wc/v3/customers/{id}"},
    createCustomer: {"method":"POST","path":"/wp-json/wc/v3/customers","body":"application/json"},
    listCoupons: {"method":"GET","path":"/wp-json/wc/v3/coupons","comma":["include","exclude"],"paging":{"style":"page","pageParam":"page","firstPage":1}},
    createCoupon: {"method":"POST","path":"/wp-json/wc/v3/coupons","body":"application/json"},
    listTaxRates: {"method":"GET","path":"/wp-json/wc/v3/taxes","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createTaxRate: {"method":"POST","path":"/wp-json/wc/v3/taxes","body":"application/json"},
    listShippingZones: {"method":"GET","path":"/wp-json/wc/v3/shipping/zones"},
    listShippingZoneMethods: {"method":"GET","path":"/wp-json/wc/v3/shipping/zones/{zone_id}/methods"},
    listWebhooks: {"method":"GET","path":"/wp-json/wc/v3/webhooks","comma":["include","exclude"],"paging":{"style":"page","pageParam":"page","firstPage":1}},
    createWebhook: {"method":"POST","path":"/wp-json/wc/v3/webhooks","body":"application/json"},
    getSalesReport: {"method":"GET","path":"/wp-json/wc/v3/reports/sales"},
    getTopSellersReport: {"method":"GET","path":"/wp-json/wc/v3/reports/top_sellers"},
    getOrderTotalsReport: {"method":"GET","path":"/wp-json/wc/v3/reports/orders/totals"},
    listSettingGroups: {"method":"GET","path":"/wp-json/wc/v3/settings"},
    listSettingOptions: {"method":"GET","path":"/wp-json/wc/v3/settings/{group}"},
    getSystemStatus: {"method":"GET","path":"/wp-json/wc/v3/system_status"},
} satisfies Record<string, Route>;

/**
 * The WooCommerce client: `const api = woocommerce(new Switchboard({ baseUrl, apiKey }))`.
 */
export function woocommerce(client: Switchboard): WoocommerceClient {
    const app = "woocommerce";
    return {
        listProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProducts, args, options) }) as WoocommerceClient["listProducts"],
        getProduct: (args, options) => client.call(app, routes.getProduct, args, options),
        createProduct: (args, options) => client.call(app, routes.createProduct, args, options),
        updateProduct: (args, options) => client.call(app, routes.updateProduct, args, options),
        deleteProduct: (args, options) => client.call(app, routes.deleteProduct, args, options),
        batchProducts: (args, options) => client.call(app, routes.batchProducts, args, options),
        listProductVariations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProductVariations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProductVariations, args, options) }) as WoocommerceClient["listProductVariations"],
        createProductVariation: (args, options) => client.call(app, routes.createProductVariation, args, options),
        listProductCategories: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProductCategories, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProductCategories, args, options) }) as WoocommerceClient["listProductCategories"],
        createProductCategory: (args, options) => client.call(app, routes.createProductCategory, args, options),
        listOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrders, args, options) }) as WoocommerceClient["listOrders"],
        getOrder: (args, options) => client.call(app, routes.getOrder, args, options),
        createOrder: (args, options) => client.call(app, routes.createOrder, args, options),
        updateOrder: (args, options) => client.call(app, routes.updateOrder, args, options),
        listOrderNotes: (args, options) => client.call(app, routes.listOrderNotes, args, options),
        createOrderNote: (args, options) => client.call(app, routes.createOrderNote, args, options),
        createOrderRefund: (args, options) => client.call(app, routes.createOrderRefund, args, options),
        listCustomers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomers, args, options) }) as WoocommerceClient["listCustomers"],
        getCustomer: (args, options) => client.call(app, routes.getCustomer, args, options),
        createCustomer: (args, options) => client.call(app, routes.createCustomer, args, options),
        listCoupons: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCoupons, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCoupons, args, options) }) as WoocommerceClient["listCoupons"],
        createCoupon: (args, options) => client.call(app, routes.createCoupon, args, options),
        listTaxRates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTaxRates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTaxRates, args, options) }) as WoocommerceClient["listTaxRates"],
        createTaxRate: (args, options) => client.call(app, routes.createTaxRate, args, options),
        listShippingZones: (args, options) => client.call(app, routes.listShippingZones, args, options),
        listShippingZoneMethods: (args, options) => client.call(app, routes.listShippingZoneMethods, args, options),
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as WoocommerceClient["listWebhooks"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        getSalesReport: (args, options) => client.call(app, routes.getSalesReport, args, options),
        getTopSellersReport: (args, options) => client.call(app, routes.getTopSellersReport, args, options),
        getOrderTotalsReport: (args, options) => client.call(app, routes.getOrderTotalsReport, args, options),
        listSettingGroups: (args, options) => client.call(app, routes.listSettingGroups, args, options),
        listSettingOptions: (args, options) => client.call(app, routes.listSettingOptions, args, options),
        getSystemStatus: (args, options) => client.call(app, routes.getSystemStatus, args, options),
    };
}