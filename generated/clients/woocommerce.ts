// Generated from providers/woocommerce.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/woocommerce.js';

/**
 * WooCommerce through the Switchboard gateway: Products, variations, categories, orders, refunds, customers, coupons, taxes, shipping, webhooks and reports of a WooCommerce store.
 */
export interface WoocommerceClient {
    /** List products, filtered by status, type, category, tag, price, stock or search text. `GET /wp-json/wc/v3/products` */
    listProducts: Paged<operations["listProducts"]>;
    /** Read one product. `GET /wp-json/wc/v3/products/{id}` */
    getProduct: Call<operations["getProduct"]>;
    /** Create a product. `POST /wp-json/wc/v3/products` */
    createProduct: Call<operations["createProduct"]>;
    /** Change fields of a product; fields left out stay as they are. `PUT /wp-json/wc/v3/products/{id}` */
    updateProduct: Call<operations["updateProduct"]>;
    /** Move a product to the trash, or delete it for good with force=true. `DELETE /wp-json/wc/v3/products/{id}` */
    deleteProduct: Call<operations["deleteProduct"]>;
    /** Create, update and delete up to 100 products in one call. `POST /wp-json/wc/v3/products/batch` */
    batchProducts: Call<operations["batchProducts"]>;
    /** List the variations of a variable product. `GET /wp-json/wc/v3/products/{product_id}/variations` */
    listProductVariations: Paged<operations["listProductVariations"]>;
    /** Add a variation (one combination of attribute options) to a variable product. `POST /wp-json/wc/v3/products/{product_id}/variations` */
    createProductVariation: Call<operations["createProductVariation"]>;
    /** List product categories. `GET /wp-json/wc/v3/products/categories` */
    listProductCategories: Paged<operations["listProductCategories"]>;
    /** Create a product category. `POST /wp-json/wc/v3/products/categories` */
    createProductCategory: Call<operations["createProductCategory"]>;
    /** List orders, filtered by status, customer, product or dates. `GET /wp-json/wc/v3/orders` */
    listOrders: Paged<operations["listOrders"]>;
    /** Read one order with its line items, addresses and totals. `GET /wp-json/wc/v3/orders/{id}` */
    getOrder: Call<operations["getOrder"]>;
    /** Create an order, optionally marking it paid. `POST /wp-json/wc/v3/orders` */
    createOrder: Call<operations["createOrder"]>;
    /** Change an order, for example its status or addresses. `PUT /wp-json/wc/v3/orders/{id}` */
    updateOrder: Call<operations["updateOrder"]>;
    /** List the notes of an order. `GET /wp-json/wc/v3/orders/{order_id}/notes` */
    listOrderNotes: Call<operations["listOrderNotes"]>;
    /** Add a note to an order, optionally emailing it to the customer. `POST /wp-json/wc/v3/orders/{order_id}/notes` */
    createOrderNote: Call<operations["createOrderNote"]>;
    /** Refund all or part of an order, optionally through the payment gateway. `POST /wp-json/wc/v3/orders/{order_id}/refunds` */
    createOrderRefund: Call<operations["createOrderRefund"]>;
    /** List customers, filtered by email, role or search text. `GET /wp-json/wc/v3/customers` */
    listCustomers: Paged<operations["listCustomers"]>;
    /** Read one customer with their addresses. `GET /wp-json/wc/v3/customers/{id}` */
    getCustomer: Call<operations["getCustomer"]>;
    /** Create a customer account. `POST /wp-json/wc/v3/customers` */
    createCustomer: Call<operations["createCustomer"]>;
    /** List coupons, optionally by code. `GET /wp-json/wc/v3/coupons` */
    listCoupons: Paged<operations["listCoupons"]>;
    /** Create a coupon code with its discount and usage limits. `POST /wp-json/wc/v3/coupons` */
    createCoupon: Call<operations["createCoupon"]>;
    /** List tax rates, optionally of one tax class. `GET /wp-json/wc/v3/taxes` */
    listTaxRates: Paged<operations["listTaxRates"]>;
    /** Create a tax rate for a country, state, postcode or city. `POST /wp-json/wc/v3/taxes` */
    createTaxRate: Call<operations["createTaxRate"]>;
    /** List the shipping zones of the store. `GET /wp-json/wc/v3/shipping/zones` */
    listShippingZones: Call<operations["listShippingZones"]>;
    /** List the shipping methods configured in a zone. `GET /wp-json/wc/v3/shipping/zones/{zone_id}/methods` */
    listShippingZoneMethods: Call<operations["listShippingZoneMethods"]>;
    /** List the store's webhooks. `GET /wp-json/wc/v3/webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Register a URL to be called on a store event such as order.created. `POST /wp-json/wc/v3/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Sales totals for a period, with a breakdown by day or month. `GET /wp-json/wc/v3/reports/sales` */
    getSalesReport: Call<operations["getSalesReport"]>;
    /** Best-selling products of a period by quantity. `GET /wp-json/wc/v3/reports/top_sellers` */
    getTopSellersReport: Call<operations["getTopSellersReport"]>;
    /** Number of orders in each order status. `GET /wp-json/wc/v3/reports/orders/totals` */
    getOrderTotalsReport: Call<operations["getOrderTotalsReport"]>;
    /** List the groups of store settings (general, products, tax, email and so on). `GET /wp-json/wc/v3/settings` */
    listSettingGroups: Call<operations["listSettingGroups"]>;
    /** List the settings of one group with their current values. `GET /wp-json/wc/v3/settings/{group}` */
    listSettingOptions: Call<operations["listSettingOptions"]>;
    /** Report the store's environment, database, plugins, theme and settings. `GET /wp-json/wc/v3/system_status` */
    getSystemStatus: Call<operations["getSystemStatus"]>;
}

const routes: Routes<WoocommerceClient> = {
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
};

/**
 * The WooCommerce client: `const api = woocommerce(new Switchboard({ baseUrl, apiKey }))`.
 */
export const woocommerce = (sb: Switchboard): WoocommerceClient => bindClient<WoocommerceClient>(sb, "woocommerce", routes);
