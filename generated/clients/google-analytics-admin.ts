// Generated from providers/google-analytics-admin.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-analytics-admin.js';

/**
 * Google Analytics Admin through the Switchboard gateway: Manage GA4 accounts and properties - data streams, custom dimensions and metrics, conversion events and Measurement Protocol secrets.
 */
export interface GoogleAnalyticsAdminClient {
    /** List every account the user can reach together with short summaries of its properties. `GET /v1beta/accountSummaries` */
    listAccountSummaries: Paged<operations["listAccountSummaries"]>;
    /** List the Analytics accounts the user can reach. `GET /v1beta/accounts` */
    listAccounts: Paged<operations["listAccounts"]>;
    /** Read one Analytics account. `GET /v1beta/accounts/{accountId}` */
    getAccount: Call<operations["getAccount"]>;
    /** List the GA4 properties under an account (or the properties of several accounts). `GET /v1beta/properties` */
    listProperties: Paged<operations["listProperties"]>;
    /** Read one GA4 property. `GET /v1beta/properties/{propertyId}` */
    getProperty: Call<operations["getProperty"]>;
    /** Create a GA4 property under an account. `POST /v1beta/properties` */
    createProperty: Call<operations["createProperty"]>;
    /** Change the fields of a property named in updateMask. `PATCH /v1beta/properties/{propertyId}` */
    updateProperty: Call<operations["updateProperty"]>;
    /** List the web and app data streams of a property. `GET /v1beta/properties/{propertyId}/dataStreams` */
    listDataStreams: Paged<operations["listDataStreams"]>;
    /** Read one data stream, including a web stream's measurement id. `GET /v1beta/properties/{propertyId}/dataStreams/{dataStreamId}` */
    getDataStream: Call<operations["getDataStream"]>;
    /** Add a web, Android or iOS data stream to a property. `POST /v1beta/properties/{propertyId}/dataStreams` */
    createDataStream: Call<operations["createDataStream"]>;
    /** List the Measurement Protocol API secrets of a data stream. `GET /v1beta/properties/{propertyId}/dataStreams/{dataStreamId}/measurementProtocolSecrets` */
    listMeasurementProtocolSecrets: Paged<operations["listMeasurementProtocolSecrets"]>;
    /** Create a Measurement Protocol API secret for server-side event collection. `POST /v1beta/properties/{propertyId}/dataStreams/{dataStreamId}/measurementProtocolSecrets` */
    createMeasurementProtocolSecret: Call<operations["createMeasurementProtocolSecret"]>;
    /** List the custom dimensions defined on a property. `GET /v1beta/properties/{propertyId}/customDimensions` */
    listCustomDimensions: Paged<operations["listCustomDimensions"]>;
    /** Register an event, user or item parameter as a custom dimension. `POST /v1beta/properties/{propertyId}/customDimensions` */
    createCustomDimension: Call<operations["createCustomDimension"]>;
    /** List the custom metrics defined on a property. `GET /v1beta/properties/{propertyId}/customMetrics` */
    listCustomMetrics: Paged<operations["listCustomMetrics"]>;
    /** Register a numeric event parameter as a custom metric. `POST /v1beta/properties/{propertyId}/customMetrics` */
    createCustomMetric: Call<operations["createCustomMetric"]>;
    /** List the events marked as conversions on a property. `GET /v1beta/properties/{propertyId}/conversionEvents` */
    listConversionEvents: Paged<operations["listConversionEvents"]>;
    /** Mark an event name as a conversion. `POST /v1beta/properties/{propertyId}/conversionEvents` */
    createConversionEvent: Call<operations["createConversionEvent"]>;
}

const routes: Routes<GoogleAnalyticsAdminClient> = {
    listAccountSummaries: {"method":"GET","path":"/v1beta/accountSummaries","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listAccounts: {"method":"GET","path":"/v1beta/accounts","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getAccount: {"method":"GET","path":"/v1beta/accounts/{accountId}"},
    listProperties: {"method":"GET","path":"/v1beta/properties","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getProperty: {"method":"GET","path":"/v1beta/properties/{propertyId}"},
    createProperty: {"method":"POST","path":"/v1beta/properties","body":"application/json"},
    updateProperty: {"method":"PATCH","path":"/v1beta/properties/{propertyId}","body":"application/json"},
    listDataStreams: {"method":"GET","path":"/v1beta/properties/{propertyId}/dataStreams","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getDataStream: {"method":"GET","path":"/v1beta/properties/{propertyId}/dataStreams/{dataStreamId}"},
    createDataStream: {"method":"POST","path":"/v1beta/properties/{propertyId}/dataStreams","body":"application/json"},
    listMeasurementProtocolSecrets: {"method":"GET","path":"/v1beta/properties/{propertyId}/dataStreams/{dataStreamId}/measurementProtocolSecrets","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createMeasurementProtocolSecret: {"method":"POST","path":"/v1beta/properties/{propertyId}/dataStreams/{dataStreamId}/measurementProtocolSecrets","body":"application/json"},
    listCustomDimensions: {"method":"GET","path":"/v1beta/properties/{propertyId}/customDimensions","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createCustomDimension: {"method":"POST","path":"/v1beta/properties/{propertyId}/customDimensions","body":"application/json"},
    listCustomMetrics: {"method":"GET","path":"/v1beta/properties/{propertyId}/customMetrics","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createCustomMetric: {"method":"POST","path":"/v1beta/properties/{propertyId}/customMetrics","body":"application/json"},
    listConversionEvents: {"method":"GET","path":"/v1beta/properties/{propertyId}/conversionEvents","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createConversionEvent: {"method":"POST","path":"/v1beta/properties/{propertyId}/conversionEvents","body":"application/json"},
};

/**
 * The Google Analytics Admin client: `const api = googleAnalyticsAdmin(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleAnalyticsAdmin = (sb: Switchboard): GoogleAnalyticsAdminClient => bindClient<GoogleAnalyticsAdminClient>(sb, "google-analytics-admin", routes);
