// Generated from providers/youtube-reporting.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/youtube-reporting.js';

/**
 * YouTube Reporting through the Switchboard gateway: Scheduled bulk YouTube Analytics reports - report types, reporting jobs and the daily CSV reports they produce.
 */
export interface YoutubeReportingClient {
    /**
     * List the report types a channel or content owner can schedule jobs for.
     *
     * `GET /v1/reportTypes`
     */
    listReportTypes: {
        (args?: Args<operations["listReportTypes"]>, options?: CallOptions): Promise<Result<Data<operations["listReportTypes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listReportTypes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listReportTypes"]>, void, undefined>;
    };
    /**
     * List the reporting jobs scheduled for the channel or content owner.
     *
     * `GET /v1/jobs`
     */
    listJobs: {
        (args?: Args<operations["listJobs"]>, options?: CallOptions): Promise<Result<Data<operations["listJobs"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listJobs"]>, options?: CallOptions): AsyncGenerator<Data<operations["listJobs"]>, void, undefined>;
    };
    /**
     * Read one reporting job.
     *
     * `GET /v1/jobs/{jobId}`
     */
    getJob(args: Args<operations["getJob"]>, options?: CallOptions): Promise<Result<Data<operations["getJob"]>>>;
    /**
     * Schedule daily reports of one report type.
     *
     * `POST /v1/jobs`
     */
    createJob(args: Args<operations["createJob"]>, options?: CallOptions): Promise<Result<Data<operations["createJob"]>>>;
    /**
     * Stop a reporting job; reports already made stay available until they expire.
     *
     * `DELETE /v1/jobs/{jobId}`
     */
    deleteJob(args: Args<operations["deleteJob"]>, options?: CallOptions): Promise<Result<Data<operations["deleteJob"]>>>;
    /**
     * List the daily reports a job has produced, optionally within a time window.
     *
     * `GET /v1/jobs/{jobId}/reports`
     */
    listReports: {
        (args: Args<operations["listReports"]>, options?: CallOptions): Promise<Result<Data<operations["listReports"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listReports"]>, options?: CallOptions): AsyncGenerator<Data<operations["listReports"]>, void, undefined>;
    };
    /**
     * Read one report's time span and download link.
     *
     * `GET /v1/jobs/{jobId}/reports/{reportId}`
     */
    getReport(args: Args<operations["getReport"]>, options?: CallOptions): Promise<Result<Data<operations["getReport"]>>>;
}

const routes = {
    listReportTypes: {"method":"GET","path":"/v1/reportTypes","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listJobs: {"method":"GET","path":"/v1/jobs","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getJob: {"method":"GET","path":"/v1/jobs/{jobId}"},
    createJob: {"method":"POST","path":"/v1/jobs","body":"application/json"},
    deleteJob: {"method":"DELETE","path":"/v1/jobs/{jobId}"},
    listReports: {"method":"GET","path":"/v1/jobs/{jobId}/reports","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getReport: {"method":"GET","path":"/v1/jobs/{jobId}/reports/{reportId}"},
} satisfies Record<string, Route>;

/**
 * The YouTube Reporting client: `const api = youtubeReporting(new Switchboard({ baseUrl, apiKey }))`.
 */
export function youtubeReporting(client: Switchboard): YoutubeReportingClient {
    const app = "youtube-reporting";
    return {
        listReportTypes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listReportTypes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listReportTypes, args, options) }) as YoutubeReportingClient["listReportTypes"],
        listJobs: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listJobs, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listJobs, args, options) }) as YoutubeReportingClient["listJobs"],
        getJob: (args, options) => client.call(app, routes.getJob, args, options),
        createJob: (args, options) => client.call(app, routes.createJob, args, options),
        deleteJob: (args, options) => client.call(app, routes.deleteJob, args, options),
        listReports: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listReports, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listReports, args, options) }) as YoutubeReportingClient["listReports"],
        getReport: (args, options) => client.call(app, routes.getReport, args, options),
    };
}