// Generated from providers/gumroad.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/gumroad.js';

/**
 * Gumroad through the Switchboard gateway: A Gumroad creator's products, offer codes, variants, custom fields, sales, subscribers, license keys and webhook subscriptions.
 */
export interface GumroadClient {
    /**
     * Read the profile of the user the token belongs to.
     *
     * `GET /v2/user`
     */
    getUser(args?: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List all of the user's products.
     *
     * `GET /v2/products`
     */
    listProducts(args?: Args<operations["listProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listProducts"]>>>;
    /**
     * Read one product with its price, variants and sales totals.
     *
     * `GET /v2/products/{product_id}`
     */
    getProduct(args: Args<operations["getProduct"]>, options?: CallOptions): Promise<Result<Data<operations["getProduct"]>>>;
    /**
     * Change a product's name, description or price.
     *
     * `PUT /v2/products/{product_id}`
     */
    updateProduct(args: Args<operations["updateProduct"]>, options?: CallOptions): Promise<Result<Data<operations["updateProduct"]>>>;
    /**
     * Delete a product for good.
     *
     * `DELETE /v2/products/{product_id}`
     */
    deleteProduct(args: Args<operations["deleteProduct"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProduct"]>>>;
    /**
     * Page through sales, newest first, optionally by date range, buyer email, order or product.
     *
     * `GET /v2/sales`
     */
    listSales: {
        (args?: Args<operations["listSales"]>, options?: CallOptions): Promise<Result<Data<operations["listSales"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSales"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSales"]>, void, undefined>;
    };
    /**
     * Read one sale.
     *
     * `GET /v2/sales/{sale_id}`
     */
    getSale(args: Args<operations["getSale"]>, options?: CallOptions): Promise<Result<Data<operations["getSale"]>>>;
    /**
     * List the active subscribers of a membership or subscription product.
     *
     * `GET /v2/products/{product_id}/subscribers`
     */
    listSubscribers: {
        (args: Args<operations["listSubscribers"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscribers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSubscribers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscribers"]>, void, undefined>;
    };
    /**
     * Read one subscriber and the state of their subscription.
     *
     * `GET /v2/subscribers/{subscriber_id}`
     */
    getSubscriber(args: Args<operations["getSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscriber"]>>>;
    /**
     * Check a license key against a product and, by default, count one more use of it.
     *
     * `POST /v2/licenses/verify`
     */
    verifyLicense(args: Args<operations["verifyLicense"]>, options?: CallOptions): Promise<Result<Data<operations["verifyLicense"]>>>;
    /**
     * Turn a disabled license key back on.
     *
     * `PUT /v2/licenses/enable`
     */
    enableLicense(args: Args<operations["enableLicense"]>, options?: CallOptions): Promise<Result<Data<operations["enableLicense"]>>>;
    /**
     * Turn a license key off so that verifying it fails.
     *
     * `PUT /v2/licenses/disable`
     */
    disableLicense(args: Args<operations["disableLicense"]>, options?: CallOptions): Promise<Result<Data<operations["disableLicense"]>>>;
    /**
     * List the webhook subscriptions for one kind of event.
     *
     * `GET /v2/resource_subscriptions`
     */
    listResourceSubscriptions(args: Args<operations["listResourceSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listResourceSubscriptions"]>>>;
    /**
     * Subscribe a URL to one kind of event so Gumroad posts to it when the event happens.
     *
     * `PUT /v2/resource_subscriptions`
     */
    createResourceSubscription(args: Args<operations["createResourceSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["createResourceSubscription"]>>>;
    /**
     * Stop a webhook subscription.
     *
     * `DELETE /v2/resource_subscriptions/{resource_subscription_id}`
     */
    deleteResourceSubscription(args: Args<operations["deleteResourceSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["deleteResourceSubscription"]>>>;
    /**
     * List the discount codes of a product.
     *
     * `GET /v2/products/{product_id}/offer_codes`
     */
    listOfferCodes(args: Args<operations["listOfferCodes"]>, options?: CallOptions): Promise<Result<Data<operations["listOfferCodes"]>>>;
    /**
     * Create a discount code for a product, as a fixed amount in cents or a percentage.
     *
     * `POST /v2/products/{product_id}/offer_codes`
     */
    createOfferCode(args: Args<operations["createOfferCode"]>, options?: CallOptions): Promise<Result<Data<operations["createOfferCode"]>>>;
    /**
     * Change how many times a discount code may be used.
     *
     * `PUT /v2/products/{product_id}/offer_codes/{offer_code_id}`
     */
    updateOfferCode(args: Args<operations["updateOfferCode"]>, options?: CallOptions): Promise<Result<Data<operations["updateOfferCode"]>>>;
    /**
     * Delete a discount code.
     *
     * `DELETE /v2/products/{product_id}/offer_codes/{offer_code_id}`
     */
    deleteOfferCode(args: Args<operations["deleteOfferCode"]>, options?: CallOptions): Promise<Result<Data<operations["deleteOfferCode"]>>>;
    /**
     * List the variant categories (such as size or format) of a product.
     *
     * `GET /v2/products/{product_id}/variant_categories`
     */
    listVariantCategories(args: Args<operations["listVariantCategories"]>, options?: CallOptions): Promise<Result<Data<operations["listVariantCategories"]>>>;
    /**
     * Add a variant category to a product.
     *
     * `POST /v2/products/{product_id}/variant_categories`
     */
    createVariantCategory(args: Args<operations["createVariantCategory"]>, options?: CallOptions): Promise<Result<Data<operations["createVariantCategory"]>>>;
    /**
     * Delete a variant category and its variants.
     *
     * `DELETE /v2/products/{product_id}/variant_categories/{variant_category_id}`
     */
    deleteVariantCategory(args: Args<operations["deleteVariantCategory"]>, options?: CallOptions): Promise<Result<Data<operations["deleteVariantCategory"]>>>;
    /**
     * List the variants in a variant category.
     *
     * `GET /v2/products/{product_id}/variant_categories/{variant_category_id}/variants`
     */
    listVariants(args: Args<operations["listVariants"]>, options?: CallOptions): Promise<Result<Data<operations["listVariants"]>>>;
    /**
     * Add a variant with its price difference to a variant category.
     *
     * `POST /v2/products/{product_id}/variant_categories/{variant_category_id}/variants`
     */
    createVariant(args: Args<operations["createVariant"]>, options?: CallOptions): Promise<Result<Data<operations["createVariant"]>>>;
    /**
     * Change a variant's name, price difference or purchase limit.
     *
     * `PUT /v2/products/{product_id}/variant_categories/{variant_category_id}/variants/{variant_id}`
     */
    updateVariant(args: Args<operations["updateVariant"]>, options?: CallOptions): Promise<Result<Data<operations["updateVariant"]>>>;
    /**
     * Delete a variant.
     *
     * `DELETE /v2/products/{product_id}/variant_categories/{variant_category_id}/variants/{variant_id}`
     */
    deleteVariant(args: Args<operations["deleteVariant"]>, options?: CallOptions): Promise<Result<Data<operations["deleteVariant"]>>>;
    /**
     * List the extra fields buyers fill in when buying a product.
     *
     * `GET /v2/products/{product_id}/custom_fields`
     */
    listCustomFields(args: Args<operations["listCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomFields"]>>>;
    /**
     * Add a checkout field to a product.
     *
     * `POST /v2/products/{product_id}/custom_fields`
     */
    createCustomField(args: Args<operations["createCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomField"]>>>;
    /**
     * Make a checkout field required or optional.
     *
     * `PUT /v2/products/{product_id}/custom_fields/{name}`
     */
    updateCustomField(args: Args<operations["updateCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["updateCustomField"]>>>;
    /**
     * Remove a checkout field from a product.
     *
     * `DELETE /v2/products/{product_id}/custom_fields/{name}`
     */
    deleteCustomField(args: Args<operations["deleteCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCustomField"]>>>;
}

const routes = {
    getUser: {"method":"GET","path":"/v2/user"},
    listProducts: {"method":"GET","path":"/v2/products"},
    getProduct: {"method":"GET","path":"/v2/products/{product_id}"},
    updateProduct: {"method":"PUT","path":"/v2/products/{product_id}","body":"application/x-www-form-urlencoded"},
    deleteProduct: {"method":"DELETE","path":"/v2/products/{product_id}"},
    listSales: {"method":"GET","path":"/v2/sales","paging":{"style":"cursor","cursorParam":"page_key","nextCursor":"next_page_key"}},
    getSale: {"method":"GET","path":"/v2/sales/{sale_id}"},
    listSubscribers: {"method":"GET","path":"/v2/products/{product_id}/subscribers","paging":{"style":"cursor","cursorParam":"page_key","nextCursor":"next_page_key"}},
    getSubscriber: {"method":"GET","path":"/v2/subscribers/{subscriber_id}"},
    verifyLicense: {"method":"POST","path":"/v2/licenses/verify","body":"application/x-www-form-urlencoded"},
    enableLicense: {"method":"PUT","path":"/v2/licenses/enable","body":"application/x-www-form-urlencoded"},
    disableLicense: {"method":"PUT","path":"/v2/licenses/disable","body":"application/x-www-form-urlencoded"},
    listResourceSubscriptions: {"method":"GET","path":"/v2/resource_subscriptions"},
    createResourceSubscription: {"method":"PUT","path":"/v2/resource_subscriptions","body":"application/x-www-form-urlencoded"},
    deleteResourceSubscription: {"method":"DELETE","path":"/v2/resource_subscriptions/{resource_subscription_id}"},
    listOfferCodes: {"method":"GET","path":"/v2/products/{product_id}/offer_codes"},
    createOfferCode: {"method":"POST","path":"/v2/products/{product_id}/offer_codes","body":"application/x-www-form-urlencoded"},
    updateOfferCode: {"method":"PUT","path":"/v2/products/{product_id}/offer_codes/{offer_code_id}","body":"application/x-www-form-urlencoded"},
    deleteOfferCode: {"method":"DELETE","path":"/v2/products/{product_id}/offer_codes/{offer_code_id}"},
    listVariantCategories: {"method":"GET","path":"/v2/products/{product_id}/variant_categories"},
    createVariantCategory: {"method":"POST","path":"/v2/products/{product_id}/variant_categories","body":"application/x-www-form-urlencoded"},
    deleteVariantCategory: {"method":"DELETE","path":"/v2/products/{product_id}/variant_categories/{variant_category_id}"},
    listVariants: {"method":"GET","path":"/v2/products/{product_id}/variant_categories/{variant_category_id}/variants"},
    createVariant: {"method":"POST","path":"/v2/products/{product_id}/variant_categories/{variant_category_id}/variants","body":"application/x-www-form-urlencoded"},
    updateVariant: {"method":"PUT","path":"/v2/products/{product_id}/variant_categories/{variant_category_id}/variants/{variant_id}","body":"application/x-www-form-urlencoded"},
    deleteVariant: {"method":"DELETE","path":"/v2/products/{product_id}/variant_categories/{variant_category_id}/variants/{variant_id}"},
    listCustomFields: {"method":"GET","path":"/v2/products/{product_id}/custom_fields"},
    createCustomField: {"method":"POST","path":"/v2/products/{product_id}/custom_fields","body":"application/x-www-form-urlencoded"},
    updateCustomField: {"method":"PUT","path":"/v2/products/{product_id}/custom_fields/{name}","body":"application/x-www-form-urlencoded"},
    deleteCustomField: {"method":"DELETE","path":"/v2/products/{product_id}/custom_fields/{name}"},
} satisfies Record<string, Route>;

/**
 * The Gumroad client: `const api = gumroad(new Switchboard({ baseUrl, apiKey }))`.
 */
export function gumroad(client: Switchboard): GumroadClient {
    const app = "gumroad";
    return {
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listProducts: (args, options) => client.call(app, routes.listProducts, args, options),
        getProduct: (args, options) => client.call(app, routes.getProduct, args, options),
        updateProduct: (args, options) => client.call(app, routes.updateProduct, args, options),
        deleteProduct: (args, options) => client.call(app, routes.deleteProduct, args, options),
        listSales: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSales, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSales, args, options) }) as GumroadClient["listSales"],
        getSale: (args, options) => client.call(app, routes.getSale, args, options),
        listSubscribers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscribers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscribers, args, options) }) as GumroadClient["listSubscribers"],
        getSubscriber: (args, options) => client.call(app, routes.getSubscriber, args, options),
        verifyLicense: (args, options) => client.call(app, routes.verifyLicense, args, options),
        enableLicense: (args, options) => client.call(app, routes.enableLicense, args, options),
        disableLicense: (args, options) => client.call(app, routes.disableLicense, args, options),
        listResourceSubscriptions: (args, options) => client.call(app, routes.listResourceSubscriptions, args, options),
        createResourceSubscription: (args, options) => client.call(app, routes.createResourceSubscription, args, options),
        deleteResourceSubscription: (args, options) => client.call(app, routes.deleteResourceSubscription, args, options),
        listOfferCodes: (args, options) => client.call(app, routes.listOfferCodes, args, options),
        createOfferCode: (args, options) => client.call(app, routes.createOfferCode, args, options),
        updateOfferCode: (args, options) => client.call(app, routes.updateOfferCode, args, options),
        deleteOfferCode: (args, options) => client.call(app, routes.deleteOfferCode, args, options),
        listVariantCategories: (args, options) => client.call(app, routes.listVariantCategories, args, options),
        createVariantCategory: (args, options) => client.call(app, routes.createVariantCategory, args, options),
        deleteVariantCategory: (args, options) => client.call(app, routes.deleteVariantCategory, args, options),
        listVariants: (args, options) => client.call(app, routes.listVariants, args, options),
        createVariant: (args, options) => client.call(app, routes.createVariant, args, options),
        updateVariant: (args, options) => client.call(app, routes.updateVariant, args, options),
        deleteVariant: (args, options) => client.call(app, routes.deleteVariant, args, options),
        listCustomFields: (args, options) => client.call(app, routes.listCustomFields, args, options),
        createCustomField: (args, options) => client.call(app, routes.createCustomField, args, options),
        updateCustomField: (args, options) => client.call(app, routes.updateCustomField, args, options),
        deleteCustomField: (args, options) => client.call(app, routes.deleteCustomField, args, options),
    };
}