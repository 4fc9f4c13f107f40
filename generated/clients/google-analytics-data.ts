// Generated from providers/google-analytics-data.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-analytics-data.js';

/**
 * Google Analytics Data through the Switchboard gateway: Run GA4 reports - historical, realtime and batched - over dimensions and metrics of a Google Analytics property.
 */
export interface GoogleAnalyticsDataClient {
    /**
     * Run a report of metrics broken down by dimensions over one or more date ranges.
     *
     * `POST /v1beta/properties/{propertyId}:runReport`
     */
    runReport: {
        (args: Args<operations["runReport"]>, options?: CallOptions): Promise<Result<Data<operations["runReport"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["runReport"]>, options?: CallOptions): AsyncGenerator<Data<operations["runReport"]>, void, undefined>;
    };
    /**
     * Report on activity of roughly the last 30 minutes (up to 60 for GA4 360).
     *
     * `POST /v1beta/properties/{propertyId}:runRealtimeReport`
     */
    runRealtimeReport(args: Args<operations["runRealtimeReport"]>, options?: CallOptions): Promise<Result<Data<operations["runRealtimeReport"]>>>;
    /**
     * Run up to five reports for the same property in one call.
     *
     * `POST /v1beta/properties/{propertyId}:batchRunReports`
     */
    batchRunReports(args: Args<operations["batchRunReports"]>, options?: CallOptions): Promise<Result<Data<operations["batchRunReports"]>>>;
    /**
     * List the dimensions and metrics, custom ones included, that reports on a property can use.
     *
     * `GET /v1beta/properties/{propertyId}/metadata`
     */
    getMetadata(args: Args<operations["getMetadata"]>, options?: CallOptions): Promise<Result<Data<operations["getMetadata"]>>>;
}

const routes = {
    runReport: {"method":"POST","path":"/v1beta/properties/{propertyId}:runReport","body":"application/json","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"rows","total":"rowCount","in":"body"}},
    runRealtimeReport: {"method":"POST","path":"/v1beta/properties/{propertyId}:runRealtimeReport","body":"application/json"},
    batchRunReports: {"method":"POST","path":"/v1beta/properties/{propertyId}:batchRunReports","body":"application/json"},
    getMetadata: {"method":"GET","path":"/v1beta/properties/{propertyId}/metadata"},
} satisfies Record<string, Route>;

/**
 * The Google Analytics Data client: `const api = googleAnalyticsData(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleAnalyticsData(client: Switchboard): GoogleAnalyticsDataClient {
    const app = "google-analytics-data";
    return {
        runReport: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.runReport, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.runReport, args, options) }) as GoogleAnalyticsDataClient["runReport"],
        runRealtimeReport: (args, options) => client.call(app, routes.runRealtimeReport, args, options),
        batchRunReports: (args, options) => client.call(app, routes.batchRunReports, args, options),
        getMetadata: (args, options) => client.call(app, routes.getMetadata, args, options),
    };
}