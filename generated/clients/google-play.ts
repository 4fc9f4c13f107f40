// Generated from providers/google-play.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-play.js';

/**
 * Google Play through the Switchboard gateway: Google Play Developer API for an app - in-app products, subscriptions, purchase checks, user reviews and edits.
 */
export interface GooglePlayClient {
    /**
     * List the app's one-time in-app products.
     *
     * `GET /androidpublisher/v3/applications/{packageName}/inappproducts`
     */
    listInAppProducts: {
        (args: Args<operations["listInAppProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listInAppProducts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listInAppProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInAppProducts"]>, void, undefined>;
    };
    /**
     * Read one in-app product with its prices and store listings.
     *
     * `GET /androidpublisher/v3/applications/{packageName}/inappproducts/{sku}`
     */
    getInAppProduct(args: Args<operations["getInAppProduct"]>, options?: CallOptions): Promise<Result<Data<operations["getInAppProduct"]>>>;
    /**
     * Create a one-time in-app product with its price and store listings.
     *
     * `POST /androidpublisher/v3/applications/{packageName}/inappproducts`
     */
    createInAppProduct(args: Args<operations["createInAppProduct"]>, options?: CallOptions): Promise<Result<Data<operations["createInAppProduct"]>>>;
    /**
     * Delete an in-app product.
     *
     * `DELETE /androidpublisher/v3/applications/{packageName}/inappproducts/{sku}`
     */
    deleteInAppProduct(args: Args<operations["deleteInAppProduct"]>, options?: CallOptions): Promise<Result<Data<operations["deleteInAppProduct"]>>>;
    /**
     * List the app's subscription products with their base plans.
     *
     * `GET /androidpublisher/v3/applications/{packageName}/subscriptions`
     */
    listSubscriptions: {
        (args: Args<operations["listSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscriptions"]>, void, undefined>;
    };
    /**
     * Read one subscription product with its base plans and listings.
     *
     * `GET /androidpublisher/v3/applications/{packageName}/subscriptions/{productId}`
     */
    getSubscription(args: Args<operations["getSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscription"]>>>;
    /**
     * Check the state of a one-time in-app purchase by its purchase token.
     *
     * `GET /androidpublisher/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}`
     */
    getProductPurchase(args: Args<operations["getProductPurchase"]>, options?: CallOptions): Promise<Result<Data<operations["getProductPurchase"]>>>;
    /**
     * Confirm to Google that a one-time purchase was delivered, so it is not refunded.
     *
     * `POST /androidpublisher/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}:acknowledge`
     */
    acknowledgeProductPurchase(args: Args<operations["acknowledgeProductPurchase"]>, options?: CallOptions): Promise<Result<Data<operations["acknowledgeProductPurchase"]>>>;
    /**
     * Check whether a subscription purchase is active, when it expires and whether it renews.
     *
     * `GET /androidpublisher/v3/applications/{packageName}/purchases/subscriptions/{subscriptionId}/tokens/{token}`
     */
    getSubscriptionPurchase(args: Args<operations["getSubscriptionPurchase"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscriptionPurchase"]>>>;
    /**
     * Stop a user's subscription from renewing; it stays active until the paid period ends.
     *
     * `POST /androidpublisher/v3/applications/{packageName}/purchases/subscriptions/{subscriptionId}/tokens/{token}:cancel`
     */
    cancelSubscriptionPurchase(args: Args<operations["cancelSubscriptionPurchase"]>, options?: CallOptions): Promise<Result<Data<operations["cancelSubscriptionPurchase"]>>>;
    /**
     * List recent user reviews of the app that have a comment.
     *
     * `GET /androidpublisher/v3/applications/{packageName}/reviews`
     */
    listReviews: {
        (args: Args<operations["listReviews"]>, options?: CallOptions): Promise<Result<Data<operations["listReviews"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listReviews"]>, options?: CallOptions): AsyncGenerator<Data<operations["listReviews"]>, void, undefined>;
    };
    /**
     * Read one review with the developer's reply, if any.
     *
     * `GET /androidpublisher/v3/applications/{packageName}/reviews/{reviewId}`
     */
    getReview(args: Args<operations["getReview"]>, options?: CallOptions): Promise<Result<Data<operations["getReview"]>>>;
    /**
     * Post or replace the developer's public reply to a review.
     *
     * `POST /androidpublisher/v3/applications/{packageName}/reviews/{reviewId}:reply`
     */
    replyToReview(args: Args<operations["replyToReview"]>, options?: CallOptions): Promise<Result<Data<operations["replyToReview"]>>>;
    /**
     * Open an edit, a draft of store listing and release changes for the app.
     *
     * `POST /androidpublisher/v3/applications/{packageName}/edits`
     */
    createEdit(args: Args<operations["createEdit"]>, options?: CallOptions): Promise<Result<Data<operations["createEdit"]>>>;
    /**
     * Publish all changes made in an edit.
     *
     * `POST /androidpublisher/v3/applications/{packageName}/edits/{editId}:commit`
     */
    commitEdit(args: Args<operations["commitEdit"]>, options?: CallOptions): Promise<Result<Data<operations["commitEdit"]>>>;
    /**
     * Throw away an edit and every change in it.
     *
     * `DELETE /androidpublisher/v3/applications/{packageName}/edits/{editId}`
     */
    deleteEdit(args: Args<operations["deleteEdit"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEdit"]>>>;
}

const routes = {
    listInAppProducts: {"method":"GET","path":"/androidpublisher/v3/applications/{packageName}/inappproducts","paging":{"style":"cursor","cursorParam":"token","nextCursor":"tokenPagination.nextPageToken"}},
    getInAppProduct: {"method":"GET","path":"/androidpublisher/v3/applications/{packageName}/inappproducts/{sku}"},
    createInAppProduct: {"method":"POST","path":"/androidpublisher/v3/applications/{packageName}/inappproducts","body":"application/json"},
    deleteInAppProduct: {"method":"DELETE","path":"/androidpublisher/v3/applications/{packageName}/inappproducts/{sku}"},
    listSubscriptions: {"method":"GET","path":"/androidpublisher/v3/applications/{packageName}/subscriptions","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getSubscription: {"method":"GET","path":"/androidpublisher/v3/applications/{packageName}/subscriptions/{productId}"},
    getProductPurchase: {"method":"GET","path":"/androidpublisher/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}"},
    acknowledgeProductPurchase: {"method":"POST","path":"/androidpublisher/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}:acknowledge","body":"application/json"},
    getSubscriptionPurchase: {"method":"GET","path":"/androidpublisher/v3/applications/{packageName}/purchases/subscriptions/{subscriptionId}/tokens/{token}"},
    cancelSubscriptionPurchase: {"method":"POST","path":"/androidpublisher/v3/applications/{packageName}/purchases/subscriptions/{subscriptionId}/tokens/{token}:cancel"},
    listReviews: {"method":"GET","path":"/androidpublisher/v3/applications/{packageName}/reviews","paging":{"style":"cursor","cursorParam":"token","nextCursor":"tokenPagination.nextPageToken"}},
    getReview: {"method":"GET","path":"/androidpublisher/v3/applications/{packageName}/reviews/{reviewId}"},
    replyToReview: {"method":"POST","path":"/androidpublisher/v3/applications/{packageName}/reviews/{reviewId}:reply","body":"application/json"},
    createEdit: {"method":"POST","path":"/androidpublisher/v3/applications/{packageName}/edits","body":"application/json"},
    commitEdit: {"method":"POST","path":"/androidpublisher/v3/applications/{packageName}/edits/{editId}:commit"},
    deleteEdit: {"method":"DELETE","path":"/androidpublisher/v3/applications/{packageName}/edits/{editId}"},
} satisfies Record<string, Route>;

/**
 * The Google Play client: `const api = googlePlay(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googlePlay(client: Switchboard): GooglePlayClient {
    const app = "google-play";
    return {
        listInAppProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInAppProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInAppProducts, args, options) }) as GooglePlayClient["listInAppProducts"],
        getInAppProduct: (args, options) => client.call(app, routes.getInAppProduct, args, options),
        createInAppProduct: (args, options) => client.call(app, routes.createInAppProduct, args, options),
        deleteInAppProduct: (args, options) => client.call(app, routes.deleteInAppProduct, args, options),
        listSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscriptions, args, options) }) as GooglePlayClient["listSubscriptions"],
        getSubscription: (args, options) => client.call(app, routes.getSubscription, args, options),
        getProductPurchase: (args, options) => client.call(app, routes.getProductPurchase, args, options),
        acknowledgeProductPurchase: (args, options) => client.call(app, routes.acknowledgeProductPurchase, args, options),
        getSubscriptionPurchase: (args, options) => client.call(app, routes.getSubscriptionPurchase, args, options),
        cancelSubscriptionPurchase: (args, options) => client.call(app, routes.cancelSubscriptionPurchase, args, options),
        listReviews: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listReviews, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listReviews, args, options) }) as GooglePlayClient["listReviews"],
        getReview: (args, options) => client.call(app, routes.getReview, args, options),
        replyToReview: (args, options) => client.call(app, routes.replyToReview, args, options),
        createEdit: (args, options) => client.call(app, routes.createEdit, args, options),
        commitEdit: (args, options) => client.call(app, routes.commitEdit, args, options),
        deleteEdit: (args, options) => client.call(app, routes.deleteEdit, args, options),
    };
}