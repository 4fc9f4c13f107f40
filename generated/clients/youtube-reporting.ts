// Generated from providers/youtube-reporting.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/youtube-reporting.js';

/**
 * YouTube Reporting through the Switchboard gateway: Scheduled bulk YouTube Analytics reports - report types, reporting jobs and the daily CSV reports they produce.
 */
export interface YoutubeReportingClient {
    /** List the report types a channel or content owner can schedule jobs for. `GET /v1/reportTypes` */
    listReportTypes: Paged<operations["listReportTypes"]>;
    /** List the reporting jobs scheduled for the channel or content owner. `GET /v1/jobs` */
    listJobs: Paged<operations["listJobs"]>;
    /** Read one reporting job. `GET /v1/jobs/{jobId}` */
    getJob: Call<operations["getJob"]>;
    /** Schedule daily reports of one report type. `POST /v1/jobs` */
    createJob: Call<operations["createJob"]>;
    /** Stop a reporting job; reports already made stay available until they expire. `DELETE /v1/jobs/{jobId}` */
    deleteJob: Call<operations["deleteJob"]>;
    /** List the daily reports a job has produced, optionally within a time window. `GET /v1/jobs/{jobId}/reports` */
    listReports: Paged<operations["listReports"]>;
    /** Read one report's time span and download link. `GET /v1/jobs/{jobId}/reports/{reportId}` */
    getReport: Call<operations["getReport"]>;
}

const routes: Routes<YoutubeReportingClient> = {
    listReportTypes: {"method":"GET","path":"/v1/reportTypes","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listJobs: {"method":"GET","path":"/v1/jobs","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getJob: {"method":"GET","path":"/v1/jobs/{jobId}"},
    createJob: {"method":"POST","path":"/v1/jobs","body":"application/json"},
    deleteJob: {"method":"DELETE","path":"/v1/jobs/{jobId}"},
    listReports: {"method":"GET","path":"/v1/jobs/{jobId}/reports","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getReport: {"method":"GET","path":"/v1/jobs/{jobId}/reports/{reportId}"},
};

/**
 * The YouTube Reporting client: `const api = youtubeReporting(new Switchboard({ baseUrl, apiKey }))`.
 */
export const youtubeReporting = (sb: Switchboard): YoutubeReportingClient => bindClient<YoutubeReportingClient>(sb, "youtube-reporting", routes);
