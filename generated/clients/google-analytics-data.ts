// Generated from providers/google-analytics-data.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-analytics-data.js';

/**
 * Google Analytics Data through the Switchboard gateway: Run GA4 reports - historical, realtime and batched - over dimensions and metrics of a Google Analytics property.
 */
export interface GoogleAnalyticsDataClient {
    /** Run a report of metrics broken down by dimensions over one or more date ranges. `POST /v1beta/properties/{propertyId}:runReport` */
    runReport: Paged<operations["runReport"]>;
    /** Report on activity of roughly the last 30 minutes (up to 60 for GA4 360). `POST /v1beta/properties/{propertyId}:runRealtimeReport` */
    runRealtimeReport: Call<operations["runRealtimeReport"]>;
    /** Run up to five reports for the same property in one call. `POST /v1beta/properties/{propertyId}:batchRunReports` */
    batchRunReports: Call<operations["batchRunReports"]>;
    /** List the dimensions and metrics, custom ones included, that reports on a property can use. `GET /v1beta/properties/{propertyId}/metadata` */
    getMetadata: Call<operations["getMetadata"]>;
}

const routes: Routes<GoogleAnalyticsDataClient> = {
    runReport: {"method":"POST","path":"/v1beta/properties/{propertyId}:runReport","body":"application/json","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"rows","total":"rowCount","in":"body"}},
    runRealtimeReport: {"method":"POST","path":"/v1beta/properties/{propertyId}:runRealtimeReport","body":"application/json"},
    batchRunReports: {"method":"POST","path":"/v1beta/properties/{propertyId}:batchRunReports","body":"application/json"},
    getMetadata: {"method":"GET","path":"/v1beta/properties/{propertyId}/metadata"},
};

/**
 * The Google Analytics Data client: `const api = googleAnalyticsData(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleAnalyticsData = (sb: Switchboard): GoogleAnalyticsDataClient => bindClient<GoogleAnalyticsDataClient>(sb, "google-analytics-data", routes);
