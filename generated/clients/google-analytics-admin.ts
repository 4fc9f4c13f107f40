// Generated from providers/google-analytics-admin.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-analytics-admin.js';

/**
 * Google Analytics Admin through the Switchboard gateway: Manage GA4 accounts and properties - data streams, custom dimensions and metrics, conversion events and Measurement Protocol secrets.
 */
export interface GoogleAnalyticsAdminClient {
    /**
     * List every account the user can reach together with short summaries of its properties.
     *
     * `GET /v1beta/accountSummaries`
     */
    listAccountSummaries: {
        (args?: Args<operations["listAccountSummaries"]>, options?: CallOptions): Promise<Result<Data<operations["listAccountSummaries"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccountSummaries"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccountSummaries"]>, void, undefined>;
    };
    /**
     * List the Analytics accounts the user can reach.
     *
     * `GET /v1beta/accounts`
     */
    listAccounts: {
        (args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccounts"]>, void, undefined>;
    };
    /**
     * Read one Analytics account.
     *
     * `GET /v1beta/accounts/{accountId}`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * List the GA4 properties under an account (or the properties of several accounts).
     *
     * `GET /v1beta/properties`
     */
    listProperties: {
        (args: Args<operations["listProperties"]>, options?: CallOptions): Promise<Result<Data<operations["listProperties"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProperties"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProperties"]>, void, undefined>;
    };
    /**
     * Read one GA4 property.
     *
     * `GET /v1beta/properties/{propertyId}`
     */
    getProperty(args: Args<operations["getProperty"]>, options?: CallOptions): Promise<Result<Data<operations["getProperty"]>>>;
    /**
     * Create a GA4 property under an account.
     *
     * `POST /v1beta/properties`
     */
    createProperty(args: Args<operations["createProperty"]>, options?: CallOptions): Promise<Result<Data<operations["createProperty"]>>>;
    /**
     * Change the fields of a property named in updateMask.
     *
     * `PATCH /v1beta/properties/{propertyId}`
     */
    updateProperty(args: Args<operations["updateProperty"]>, options?: CallOptions): Promise<Result<Data<operations["updateProperty"]>>>;
    /**
     * List the web and app data streams of a property.
     *
     * `GET /v1beta/properties/{propertyId}/dataStreams`
     */
    listDataStreams: {
        (args: Args<operations["listDataStreams"]>, options?: CallOptions): Promise<Result<Data<operations["listDataStreams"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDataStreams"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDataStreams"]>, void, undefined>;
    };
    /**
     * Read one data stream, including a web stream's measurement id.
     *
     * `GET /v1beta/properties/{propertyId}/dataStreams/{dataStreamId}`
     */
    getDataStream(args: Args<operations["getDataStream"]>, options?: CallOptions): Promise<Result<Data<operations["getDataStream"]>>>;
    /**
     * Add a web, Android or iOS data stream to a property.
     *
     * `POST /v1beta/properties/{propertyId}/dataStreams`
     */
    createDataStream(args: Args<operations["createDataStream"]>, options?: CallOptions): Promise<Result<Data<operations["createDataStream"]>>>;
    /**
     * List the Measurement Protocol API secrets of a data stream.
     *
     * `GET /v1beta/properties/{propertyId}/dataStreams/{dataStreamId}/measurementProtocolSecrets`
     */
    listMeasurementProtocolSecrets: {
        (args: Args<operations["listMeasurementProtocolSecrets"]>, options?: CallOptions): Promise<Result<Data<operations["listMeasurementProtocolSecrets"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMeasurementProtocolSecrets"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMeasurementProtocolSecrets"]>, void, undefined>;
    };
    /**
     * Create a Measurement Protocol API secret for server-side event collection.
     *
     * `POST /v1beta/properties/{propertyId}/dataStreams/{dataStreamId}/measurementProtocolSecrets`
     */
    createMeasurementProtocolSecret(args: Args<operations["createMeasurementProtocolSecret"]>, options?: CallOptions): Promise<Result<Data<operations["createMeasurementProtocolSecret"]>>>;
    /**
     * List the custom dimensions defined on a property.
     *
     * `GET /v1beta/properties/{propertyId}/customDimensions`
     */
    listCustomDimensions: {
        (args: Args<operations["listCustomDimensions"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomDimensions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCustomDimensions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomDimensions"]>, void, undefined>;
    };
    /**
     * Register an event, user or item parameter as a custom dimension.
     *
     * `POST /v1beta/properties/{propertyId}/customDimensions`
     */
    createCustomDimension(args: Args<operations["createCustomDimension"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomDimension"]>>>;
    /**
     * List the custom metrics defined on a property.
     *
     * `GET /v1beta/properties/{propertyId}/customMetrics`
     */
    listCustomMetrics: {
        (args: Args<operations["listCustomMetrics"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomMetrics"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCustomMetrics"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomMetrics"]>, void, undefined>;
    };
    /**
     * Register a numeric event parameter as a custom metric.
     *
     * `POST /v1beta/properties/{propertyId}/customMetrics`
     */
    createCustomMetric(args: Args<operations["createCustomMetric"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomMetric"]>>>;
    /**
     * List the events marked as conversions on a property.
     *
     * `GET /v1beta/properties/{propertyId}/conversionEvents`
     */
    listConversionEvents: {
        (args: Args<operations["listConversionEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listConversionEvents"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listConversionEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listConversionEvents"]>, void, undefined>;
    };
    /**
     * Mark an event name as a conversion.
     *
     * `POST /v1beta/properties/{propertyId}/conversionEvents`
     */
    createConversionEvent(args: Args<operations["createConversionEvent"]>, options?: CallOptions): Promise<Result<Data<operations["createConversionEvent"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Google Analytics Admin client: `const api = googleAnalyticsAdmin(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleAnalyticsAdmin(client: Switchboard): GoogleAnalyticsAdminClient {
    const app = "google-analytics-admin";
    return {
        listAccountSummaries: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccountSummaries, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccountSummaries, args, options) }) as GoogleAnalyticsAdminClient["listAccountSummaries"],
        listAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccounts, args, options) }) as GoogleAnalyticsAdminClient["listAccounts"],
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        listProperties: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProperties, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProperties, args, options) }) as GoogleAnalyticsAdminClient["listProperties"],
        getProperty: (args, options) => client.call(app, routes.getProperty, args, options),
        createProperty: (args, options) => client.call(app, routes.createProperty, args, options),
        updateProperty: (args, options) => client.call(app, routes.updateProperty, args, options),
        listDataStreams: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDataStreams, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDataStreams, args, options) }) as GoogleAnalyticsAdminClient["listDataStreams"],
        getDataStream: (args, options) => client.call(app, routes.getDataStream, args, options),
        createDataStream: (args, options) => client.call(app, routes.createDataStream, args, options),
        listMeasurementProtocolSecrets: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMeasurementProtocolSecrets, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMeasurementProtocolSecrets, args, options) }) as GoogleAnalyticsAdminClient["listMeasurementProtocolSecrets"],
        createMeasurementProtocolSecret: (args, options) => client.call(app, routes.createMeasurementProtocolSecret, args, options),
        listCustomDimensions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomDimensions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomDimensions, args, options) }) as GoogleAnalyticsAdminClient["listCustomDimensions"],
        createCustomDimension: (args, options) => client.call(app, routes.createCustomDimension, args, options),
        listCustomMetrics: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomMetrics, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomMetrics, args, options) }) as GoogleAnalyticsAdminClient["listCustomMetrics"],
        createCustomMetric: (args, options) => client.call(app, routes.createCustomMetric, args, options),
        listConversionEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listConversionEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listConversionEvents, args, options) }) as GoogleAnalyticsAdminClient["listConversionEvents"],
        createConversionEvent: (args, options) => client.call(app, routes.createConversionEvent, args, options),
    };
}