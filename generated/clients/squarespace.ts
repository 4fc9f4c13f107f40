// Generated from providers/squarespace.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/squarespace.js';

/**
 * Squarespace through the Switchboard gateway: Commerce data of a Squarespace site - products and their variants and images, inventory, orders, customer profiles and transactions.
 */
export interface SquarespaceClient {
    /**
     * Page through stock levels of every product variant.
     *
     * `GET /1.0/commerce/inventory`
     */
    listInventory: {
        (args?: Args<operations["listInventory"]>, options?: CallOptions): Promise<Result<Data<operations["listInventory"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listInventory"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInventory"]>, void, undefined>;
    };
    /**
     * Read the stock levels of up to 50 variants by id.
     *
     * `GET /1.0/commerce/inventory/{variantIds}`
     */
    getInventory(args: Args<operations["getInventory"]>, options?: CallOptions): Promise<Result<Data<operations["getInventory"]>>>;
    /**
     * Raise, lower or set stock quantities of variants, or make their stock unlimited, in one batch.
     *
     * `POST /1.0/commerce/inventory/adjustments`
     */
    adjustInventory(args: Args<operations["adjustInventory"]>, options?: CallOptions): Promise<Result<Data<operations["adjustInventory"]>>>;
    /**
     * Page through the site's orders, optionally by change date, customer or fulfillment state.
     *
     * `GET /1.0/commerce/orders`
     */
    listOrders: {
        (args?: Args<operations["listOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrders"]>, void, undefined>;
    };
    /**
     * Read one order with its line items, addresses and totals.
     *
     * `GET /1.0/commerce/orders/{orderId}`
     */
    getOrder(args: Args<operations["getOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getOrder"]>>>;
    /**
     * Import an order sold through another channel into the site.
     *
     * `POST /1.0/commerce/orders`
     */
    createOrder(args: Args<operations["createOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createOrder"]>>>;
    /**
     * Mark an order shipped, adding shipment tracking and optionally emailing the customer.
     *
     * `POST /1.0/commerce/orders/{orderId}/fulfillments`
     */
    fulfillOrder(args: Args<operations["fulfillOrder"]>, options?: CallOptions): Promise<Result<Data<operations["fulfillOrder"]>>>;
    /**
     * List the site's store pages, which products are placed on.
     *
     * `GET /1.0/commerce/store_pages`
     */
    listStorePages: {
        (args?: Args<operations["listStorePages"]>, options?: CallOptions): Promise<Result<Data<operations["listStorePages"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listStorePages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listStorePages"]>, void, undefined>;
    };
    /**
     * Page through products, optionally by type or change date.
     *
     * `GET /v2/commerce/products`
     */
    listProducts: {
        (args?: Args<operations["listProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listProducts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProducts"]>, void, undefined>;
    };
    /**
     * Read up to 50 products by id.
     *
     * `GET /v2/commerce/products/{productId}`
     */
    getProducts(args: Args<operations["getProducts"]>, options?: CallOptions): Promise<Result<Data<operations["getProducts"]>>>;
    /**
     * Create a product on a store page with at least one variant.
     *
     * `POST /v2/commerce/products`
     */
    createProduct(args: Args<operations["createProduct"]>, options?: CallOptions): Promise<Result<Data<operations["createProduct"]>>>;
    /**
     * Change a product's name, description, visibility, tags or variant options.
     *
     * `POST /v2/commerce/products/{productId}`
     */
    updateProduct(args: Args<operations["updateProduct"]>, options?: CallOptions): Promise<Result<Data<operations["updateProduct"]>>>;
    /**
     * Delete a product with all its variants and images.
     *
     * `DELETE /v2/commerce/products/{productId}`
     */
    deleteProduct(args: Args<operations["deleteProduct"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProduct"]>>>;
    /**
     * Add a variant with its price and stock to a product.
     *
     * `POST /v2/commerce/products/{productId}/variants`
     */
    createVariant(args: Args<operations["createVariant"]>, options?: CallOptions): Promise<Result<Data<operations["createVariant"]>>>;
    /**
     * Change a variant's SKU, price, attributes or shipping measurements.
     *
     * `POST /v2/commerce/products/{productId}/variants/{variantId}`
     */
    updateVariant(args: Args<operations["updateVariant"]>, options?: CallOptions): Promise<Result<Data<operations["updateVariant"]>>>;
    /**
     * Delete one variant of a product.
     *
     * `DELETE /v2/commerce/products/{productId}/variants/{variantId}`
     */
    deleteVariant(args: Args<operations["deleteVariant"]>, options?: CallOptions): Promise<Result<Data<operations["deleteVariant"]>>>;
    /**
     * Show one of the product's images for a variant.
     *
     * `POST /v2/commerce/products/{productId}/variants/{variantId}/image`
     */
    setVariantImage(args: Args<operations["setVariantImage"]>, options?: CallOptions): Promise<Result<Data<operations["setVariantImage"]>>>;
    /**
     * Upload an image file to a product; it is processed in the background.
     *
     * `POST /v2/commerce/products/{productId}/images`
     */
    uploadProductImage(args: Args<operations["uploadProductImage"]>, options?: CallOptions): Promise<Result<Data<operations["uploadProductImage"]>>>;
    /**
     * Check whether an uploaded product image has finished processing.
     *
     * `GET /v2/commerce/products/{productId}/images/{imageId}/status`
     */
    getProductImageStatus(args: Args<operations["getProductImageStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getProductImageStatus"]>>>;
    /**
     * Set the alternative text of a product image.
     *
     * `POST /v2/commerce/products/{productId}/images/{imageId}`
     */
    updateProductImage(args: Args<operations["updateProductImage"]>, options?: CallOptions): Promise<Result<Data<operations["updateProductImage"]>>>;
    /**
     * Move a product image to right after another one.
     *
     * `POST /v2/commerce/products/{productId}/images/{imageId}/order`
     */
    reorderProductImage(args: Args<operations["reorderProductImage"]>, options?: CallOptions): Promise<Result<Data<operations["reorderProductImage"]>>>;
    /**
     * Remove an image from a product.
     *
     * `DELETE /v2/commerce/products/{productId}/images/{imageId}`
     */
    deleteProductImage(args: Args<operations["deleteProductImage"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProductImage"]>>>;
    /**
     * Page through customer, subscriber and donor profiles, filtered and sorted as asked.
     *
     * `GET /1.0/profiles`
     */
    listProfiles: {
        (args?: Args<operations["listProfiles"]>, options?: CallOptions): Promise<Result<Data<operations["listProfiles"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProfiles"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProfiles"]>, void, undefined>;
    };
    /**
     * Read up to 50 profiles by id.
     *
     * `GET /1.0/profiles/{profileIds}`
     */
    getProfiles(args: Args<operations["getProfiles"]>, options?: CallOptions): Promise<Result<Data<operations["getProfiles"]>>>;
    /**
     * Page through the site's financial transactions (sales, donations, refunds) with payments and fees.
     *
     * `GET /1.0/commerce/transactions`
     */
    listTransactions: {
        (args?: Args<operations["listTransactions"]>, options?: CallOptions): Promise<Result<Data<operations["listTransactions"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTransactions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTransactions"]>, void, undefined>;
    };
    /**
     * Read up to 50 transactions by id.
     *
     * `GET /1.0/commerce/transactions/{documentIds}`
     */
    getTransactions(args: Args<operations["getTransactions"]>, options?: CallOptions): Promise<Result<Data<operations["getTransactions"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Squarespace client: `const api = squarespace(new Switchboard({ baseUrl, apiKey }))`.
 */
export function squarespace(client: Switchboard): SquarespaceClient {
    const app = "squarespace";
    return {
        listInventory: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInventory, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInventory, args, options) }) as SquarespaceClient["listInventory"],
        getInventory: (args, options) => client.call(app, routes.getInventory, args, options),
        adjustInventory: (args, options) => client.call(app, routes.adjustInventory, args, options),
        listOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrders, args, options) }) as SquarespaceClient["listOrders"],
        getOrder: (args, options) => client.call(app, routes.getOrder, args, options),
        createOrder: (args, options) => client.call(app, routes.createOrder, args, options),
        fulfillOrder: (args, options) => client.call(app, routes.fulfillOrder, args, options),
        listStorePages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listStorePages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listStorePages, args, options) }) as SquarespaceClient["listStorePages"],
        listProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProducts, args, options) }) as SquarespaceClient["listProducts"],
        getProducts: (args, options) => client.call(app, routes.getProducts, args, options),
        createProduct: (args, options) => client.call(app, routes.createProduct, args, options),
        updateProduct: (args, options) => client.call(app, routes.updateProduct, args, options),
        deleteProduct: (args, options) => client.call(app, routes.deleteProduct, args, options),
        createVariant: (args, options) => client.call(app, routes.createVariant, args, options),
        updateVariant: (args, options) => client.call(app, routes.updateVariant, args, options),
        deleteVariant: (args, options) => client.call(app, routes.deleteVariant, args, options),
        setVariantImage: (args, options) => client.call(app, routes.setVariantImage, args, options),
        uploadProductImage: (args, options) => client.call(app, routes.uploadProductImage, args, options),
        getProductImageStatus: (args, options) => client.call(app, routes.getProductImageStatus, args, options),
        updateProductImage: (args, options) => client.call(app, routes.updateProductImage, args, options),
        reorderProductImage: (args, options) => client.call(app, routes.reorderProductImage, args, options),
        deleteProductImage: (args, options) => client.call(app, routes.deleteProductImage, args, options),
        listProfiles: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProfiles, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProfiles, args, options) }) as SquarespaceClient["listProfiles"],
        getProfiles: (args, options) => client.call(app, routes.getProfiles, args, options),
        listTransactions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTransactions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTransactions, args, options) }) as SquarespaceClient["listTransactions"],
        getTransactions: (args, options) => client.call(app, routes.getTransactions, args, options),
    };
}