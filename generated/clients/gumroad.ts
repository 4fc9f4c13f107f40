// Generated from providers/gumroad.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/gumroad.js';

/**
 * Gumroad through the Switchboard gateway: A Gumroad creator's products, offer codes, variants, custom fields, sales, subscribers, license keys and webhook subscriptions.
 */
export interface GumroadClient {
    /** Read the profile of the user the token belongs to. `GET /v2/user` */
    getUser: Call<operations["getUser"]>;
    /** List all of the user's products. `GET /v2/products` */
    listProducts: Call<operations["listProducts"]>;
    /** Read one product with its price, variants and sales totals. `GET /v2/products/{product_id}` */
    getProduct: Call<operations["getProduct"]>;
    /** Change a product's name, description or price. `PUT /v2/products/{product_id}` */
    updateProduct: Call<operations["updateProduct"]>;
    /** Delete a product for good. `DELETE /v2/products/{product_id}` */
    deleteProduct: Call<operations["deleteProduct"]>;
    /** Page through sales, newest first, optionally by date range, buyer email, order or product. `GET /v2/sales` */
    listSales: Paged<operations["listSales"]>;
    /** Read one sale. `GET /v2/sales/{sale_id}` */
    getSale: Call<operations["getSale"]>;
    /** List the active subscribers of a membership or subscription product. `GET /v2/products/{product_id}/subscribers` */
    listSubscribers: Paged<operations["listSubscribers"]>;
    /** Read one subscriber and the state of their subscription. `GET /v2/subscribers/{subscriber_id}` */
    getSubscriber: Call<operations["getSubscriber"]>;
    /** Check a license key against a product and, by default, count one more use of it. `POST /v2/licenses/verify` */
    verifyLicense: Call<operations["verifyLicense"]>;
    /** Turn a disabled license key back on. `PUT /v2/licenses/enable` */
    enableLicense: Call<operations["enableLicense"]>;
    /** Turn a license key off so that verifying it fails. `PUT /v2/licenses/disable` */
    disableLicense: Call<operations["disableLicense"]>;
    /** List the webhook subscriptions for one kind of event. `GET /v2/resource_subscriptions` */
    listResourceSubscriptions: Call<operations["listResourceSubscriptions"]>;
    /** Subscribe a URL to one kind of event so Gumroad posts to it when the event happens. `PUT /v2/resource_subscriptions` */
    createResourceSubscription: Call<operations["createResourceSubscription"]>;
    /** Stop a webhook subscription. `DELETE /v2/resource_subscriptions/{resource_subscription_id}` */
    deleteResourceSubscription: Call<operations["deleteResourceSubscription"]>;
    /** List the discount codes of a product. `GET /v2/products/{product_id}/offer_codes` */
    listOfferCodes: Call<operations["listOfferCodes"]>;
    /** Create a discount code for a product, as a fixed amount in cents or a percentage. `POST /v2/products/{product_id}/offer_codes` */
    createOfferCode: Call<operations["createOfferCode"]>;
    /** Change how many times a discount code may be used. `PUT /v2/products/{product_id}/offer_codes/{offer_code_id}` */
    updateOfferCode: Call<operations["updateOfferCode"]>;
    /** Delete a discount code. `DELETE /v2/products/{product_id}/offer_codes/{offer_code_id}` */
    deleteOfferCode: Call<operations["deleteOfferCode"]>;
    /** List the variant categories (such as size or format) of a product. `GET /v2/products/{product_id}/variant_categories` */
    listVariantCategories: Call<operations["listVariantCategories"]>;
    /** Add a variant category to a product. `POST /v2/products/{product_id}/variant_categories` */
    createVariantCategory: Call<operations["createVariantCategory"]>;
    /** Delete a variant category and its variants. `DELETE /v2/products/{product_id}/variant_categories/{variant_category_id}` */
    deleteVariantCategory: Call<operations["deleteVariantCategory"]>;
    /** List the variants in a variant category. `GET /v2/products/{product_id}/variant_categories/{variant_category_id}/variants` */
    listVariants: Call<operations["listVariants"]>;
    /** Add a variant with its price difference to a variant category. `POST /v2/products/{product_id}/variant_categories/{variant_category_id}/variants` */
    createVariant: Call<operations["createVariant"]>;
    /** Change a variant's name, price difference or purchase limit. `PUT /v2/products/{product_id}/variant_categories/{variant_category_id}/variants/{variant_id}` */
    updateVariant: Call<operations["updateVariant"]>;
    /** Delete a variant. `DELETE /v2/products/{product_id}/variant_categories/{variant_category_id}/variants/{variant_id}` */
    deleteVariant: Call<operations["deleteVariant"]>;
    /** List the extra fields buyers fill in when buying a product. `GET /v2/products/{product_id}/custom_fields` */
    listCustomFields: Call<operations["listCustomFields"]>;
    /** Add a checkout field to a product. `POST /v2/products/{product_id}/custom_fields` */
    createCustomField: Call<operations["createCustomField"]>;
    /** Make a checkout field required or optional. `PUT /v2/products/{product_id}/custom_fields/{name}` */
    updateCustomField: Call<operations["updateCustomField"]>;
    /** Remove a checkout field from a product. `DELETE /v2/products/{product_id}/custom_fields/{name}` */
    deleteCustomField: Call<operations["deleteCustomField"]>;
}

const routes: Routes<GumroadClient> = {
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
};

/**
 * The Gumroad client: `const api = gumroad(new Switchboard({ baseUrl, apiKey }))`.
 */
export const gumroad = (sb: Switchboard): GumroadClient => bindClient<GumroadClient>(sb, "gumroad", routes);
