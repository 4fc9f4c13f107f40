// Generated from providers/google-play.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-play.js';

/**
 * Google Play through the Switchboard gateway: Google Play Developer API for an app - in-app products, subscriptions, purchase checks, user reviews and edits.
 */
export interface GooglePlayClient {
    /** List the app's one-time in-app products. `GET /androidpublisher/v3/applications/{packageName}/inappproducts` */
    listInAppProducts: Paged<operations["listInAppProducts"]>;
    /** Read one in-app product with its prices and store listings. `GET /androidpublisher/v3/applications/{packageName}/inappproducts/{sku}` */
    getInAppProduct: Call<operations["getInAppProduct"]>;
    /** Create a one-time in-app product with its price and store listings. `POST /androidpublisher/v3/applications/{packageName}/inappproducts` */
    createInAppProduct: Call<operations["createInAppProduct"]>;
    /** Delete an in-app product. `DELETE /androidpublisher/v3/applications/{packageName}/inappproducts/{sku}` */
    deleteInAppProduct: Call<operations["deleteInAppProduct"]>;
    /** List the app's subscription products with their base plans. `GET /androidpublisher/v3/applications/{packageName}/subscriptions` */
    listSubscriptions: Paged<operations["listSubscriptions"]>;
    /** Read one subscription product with its base plans and listings. `GET /androidpublisher/v3/applications/{packageName}/subscriptions/{productId}` */
    getSubscription: Call<operations["getSubscription"]>;
    /** Check the state of a one-time in-app purchase by its purchase token. `GET /androidpublisher/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}` */
    getProductPurchase: Call<operations["getProductPurchase"]>;
    /** Confirm to Google that a one-time purchase was delivered, so it is not refunded. `POST /androidpublisher/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}:acknowledge` */
    acknowledgeProductPurchase: Call<operations["acknowledgeProductPurchase"]>;
    /** Check whether a subscription purchase is active, when it expires and whether it renews. `GET /androidpublisher/v3/applications/{packageName}/purchases/subscriptions/{subscriptionId}/tokens/{token}` */
    getSubscriptionPurchase: Call<operations["getSubscriptionPurchase"]>;
    /** Stop a user's subscription from renewing; it stays active until the paid period ends. `POST /androidpublisher/v3/applications/{packageName}/purchases/subscriptions/{subscriptionId}/tokens/{token}:cancel` */
    cancelSubscriptionPurchase: Call<operations["cancelSubscriptionPurchase"]>;
    /** List recent user reviews of the app that have a comment. `GET /androidpublisher/v3/applications/{packageName}/reviews` */
    listReviews: Paged<operations["listReviews"]>;
    /** Read one review with the developer's reply, if any. `GET /androidpublisher/v3/applications/{packageName}/reviews/{reviewId}` */
    getReview: Call<operations["getReview"]>;
    /** Post or replace the developer's public reply to a review. `POST /androidpublisher/v3/applications/{packageName}/reviews/{reviewId}:reply` */
    replyToReview: Call<operations["replyToReview"]>;
    /** Open an edit, a draft of store listing and release changes for the app. `POST /androidpublisher/v3/applications/{packageName}/edits` */
    createEdit: Call<operations["createEdit"]>;
    /** Publish all changes made in an edit. `POST /androidpublisher/v3/applications/{packageName}/edits/{editId}:commit` */
    commitEdit: Call<operations["commitEdit"]>;
    /** Throw away an edit and every change in it. `DELETE /androidpublisher/v3/applications/{packageName}/edits/{editId}` */
    deleteEdit: Call<operations["deleteEdit"]>;
}

const routes: Routes<GooglePlayClient> = {
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
};

/**
 * The Google Play client: `const api = googlePlay(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googlePlay = (sb: Switchboard): GooglePlayClient => bindClient<GooglePlayClient>(sb, "google-play", routes);
