// Generated from providers/squarespace.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/squarespace.js';

/**
 * Squarespace through the Switchboard gateway: Commerce data of a Squarespace site - products and their variants and images, inventory, orders, customer profiles and transactions.
 */
export interface SquarespaceClient {
    /** Page through stock levels of every product variant. `GET /1.0/commerce/inventory` */
    listInventory: Paged<operations["listInventory"]>;
    /** Read the stock levels of up to 50 variants by id. `GET /1.0/commerce/inventory/{variantIds}` */
    getInventory: Call<operations["getInventory"]>;
    /** Raise, lower or set stock quantities of variants, or make their stock unlimited, in one batch. `POST /1.0/commerce/inventory/adjustments` */
    adjustInventory: Call<operations["adjustInventory"]>;
    /** Page through the site's orders, optionally by change date, customer or fulfillment state. `GET /1.0/commerce/orders` */
    listOrders: Paged<operations["listOrders"]>;
    /** Read one order with its line items, addresses and totals. `GET /1.0/commerce/orders/{orderId}` */
    getOrder: Call<operations["getOrder"]>;
    /** Import an order sold through another channel into the site. `POST /1.0/commerce/orders` */
    createOrder: Call<operations["createOrder"]>;
    /** Mark an order shipped, adding shipment tracking and optionally emailing the customer. `POST /1.0/commerce/orders/{orderId}/fulfillments` */
    fulfillOrder: Call<operations["fulfillOrder"]>;
    /** List the site's store pages, which products are placed on. `GET /1.0/commerce/store_pages` */
    listStorePages: Paged<operations["listStorePages"]>;
    /** Page through products, optionally by type or change date. `GET /v2/commerce/products` */
    listProducts: Paged<operations["listProducts"]>;
    /** Read up to 50 products by id. `GET /v2/commerce/products/{productId}` */
    getProducts: Call<operations["getProducts"]>;
    /** Create a product on a store page with at least one variant. `POST /v2/commerce/products` */
    createProduct: Call<operations["createProduct"]>;
    /** Change a product's name, description, visibility, tags or variant options. `POST /v2/commerce/products/{productId}` */
    updateProduct: Call<operations["updateProduct"]>;
    /** Delete a product with all its variants and images. `DELETE /v2/commerce/products/{productId}` */
    deleteProduct: Call<operations["deleteProduct"]>;
    /** Add a variant with its price and stock to a product. `POST /v2/commerce/products/{productId}/variants` */
    createVariant: Call<operations["createVariant"]>;
    /** Change a variant's SKU, price, attributes or shipping measurements. `POST /v2/commerce/products/{productId}/variants/{variantId}` */
    updateVariant: Call<operations["updateVariant"]>;
    /** Delete one variant of a product. `DELETE /v2/commerce/products/{productId}/variants/{variantId}` */
    deleteVariant: Call<operations["deleteVariant"]>;
    /** Show one of the product's images for a variant. `POST /v2/commerce/products/{productId}/variants/{variantId}/image` */
    setVariantImage: Call<operations["setVariantImage"]>;
    /** Upload an image file to a product; it is processed in the background. `POST /v2/commerce/products/{productId}/images` */
    uploadProductImage: Call<operations["uploadProductImage"]>;
    /** Check whether an uploaded product image has finished processing. `GET /v2/commerce/products/{productId}/images/{imageId}/status` */
    getProductImageStatus: Call<operations["getProductImageStatus"]>;
    /** Set the alternative text of a product image. `POST /v2/commerce/products/{productId}/images/{imageId}` */
    updateProductImage: Call<operations["updateProductImage"]>;
    /** Move a product image to right after another one. `POST /v2/commerce/products/{productId}/images/{imageId}/order` */
    reorderProductImage: Call<operations["reorderProductImage"]>;
    /** Remove an image from a product. `DELETE /v2/commerce/products/{productId}/images/{imageId}` */
    deleteProductImage: Call<operations["deleteProductImage"]>;
    /** Page through customer, subscriber and donor profiles, filtered and sorted as asked. `GET /1.0/profiles` */
    listProfiles: Paged<operations["listProfiles"]>;
    /** Read up to 50 profiles by id. `GET /1.0/profiles/{profileIds}` */
    getProfiles: Call<operations["getProfiles"]>;
    /** Page through the site's financial transactions (sales, donations, refunds) with payments and fees. `GET /1.0/commerce/transactions` */
    listTransactions: Paged<operations["listTransactions"]>;
    /** Read up to 50 transactions by id. `GET /1.0/commerce/transactions/{documentIds}` */
    getTransactions: Call<operations["getTransactions"]>;
}

const routes: Routes<SquarespaceClient> = {
    listInventory: {"method":"GET","path":"/1.0/commerce/inventory","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.nextPageCursor"}},
    getInventory: {"method":"GET","path":"/1.0/commerce/inventory/{variantIds}"},
    adjustInventory: {"method":"POST","path":"/1.0/commerce/inventory/adjustments","body":"application/json"},
    listOrders: {"method":"GET","path":"/1.0/commerce/orders","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.nextPageCursor"}},
    getOrder: {"method":"GET","path":"/1.0/commerce/orders/{orderId}"},
    createOrder: {"method":"POST","path":"/1.0/commerce/orders","body":"application/json"},
    fulfillOrder: {"method":"POST","path":"/1.0/commerce/orders/{orderId}/fulfillments","body":"application/json"},
    listStorePages: {"method":"GET","path":"/1.0/commerce/store_pages","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.nextPageCursor"}},
    listProducts: {"method":"GET","path":"/v2/commerce/products","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.nextPageCursor"}},
    getProducts: {"method":"GET","path":"/v2/commerce/products/{productId}"},
    createProduct: {"method":"POST","path":"/v2/commerce/products","body":"application/json"},
    updateProduct: {"method":"POST","path":"/v2/commerce/products/{productId}","body":"application/json"},
    deleteProduct: {"method":"DELETE","path":"/v2/commerce/products/{productId}"},
    createVariant: {"method":"POST","path":"/v2/commerce/products/{productId}/variants","body":"application/json"},
    updateVariant: {"method":"POST","path":"/v2/commerce/products/{productId}/variants/{variantId}","body":"application/json"},
    deleteVariant: {"method":"DELETE","path":"/v2/commerce/products/{productId}/variants/{variantId}"},
    setVariantImage: {"method":"POST","path":"/v2/commerce/products/{productId}/variants/{variantId}/image","body":"application/json"},
    uploadProductImage: {"method":"POST","path":"/v2/commerce/products/{productId}/images","body":"multipart/form-data"},
    getProductImageStatus: {"method":"GET","path":"/v2/commerce/products/{productId}/images/{imageId}/status"},
    updateProductImage: {"method":"POST","path":"/v2/commerce/products/{productId}/images/{imageId}","body":"application/json"},
    reorderProductImage: {"method":"POST","path":"/v2/commerce/products/{productId}/images/{imageId}/order","body":"application/json"},
    deleteProductImage: {"method":"DELETE","path":"/v2/commerce/products/{productId}/images/{imageId}"},
    listProfiles: {"method":"GET","path":"/1.0/profiles","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.nextPageCursor"}},
    getProfiles: {"method":"GET","path":"/1.0/profiles/{profileIds}"},
    listTransactions: {"method":"GET","path":"/1.0/commerce/transactions","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.nextPageCursor"}},
    getTransactions: {"method":"GET","path":"/1.0/commerce/transactions/{documentIds}"},
};

/**
 * The Squarespace client: `const api = squarespace(new Switchboard({ baseUrl, apiKey }))`.
 */
export const squarespace = (sb: Switchboard): SquarespaceClient => bindClient<SquarespaceClient>(sb, "squarespace", routes);
