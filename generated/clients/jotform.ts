// Generated from providers/jotform.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/jotform.js';

/**
 * JotForm through the Switchboard gateway: Jotform accounts, forms, questions, submissions, reports, files and webhooks.
 */
export interface JotformClient {
    /**
     * Read the account's profile, plan and status.
     *
     * `GET /user`
     */
    getUser(args?: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List the account's forms.
     *
     * `GET /user/forms`
     */
    listUserForms: {
        (args?: Args<operations["listUserForms"]>, options?: CallOptions): Promise<Result<Data<operations["listUserForms"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUserForms"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUserForms"]>, void, undefined>;
    };
    /**
     * Create a form from form-encoded properties, questions and emails.
     *
     * `POST /user/forms`
     */
    createForm(args: Args<operations["createForm"]>, options?: CallOptions): Promise<Result<Data<operations["createForm"]>>>;
    /**
     * Create a form from a JSON description of its properties, questions and emails.
     *
     * `PUT /user/forms`
     */
    createFormsJson(args: Args<operations["createFormsJson"]>, options?: CallOptions): Promise<Result<Data<operations["createFormsJson"]>>>;
    /**
     * List submissions across all of the account's forms.
     *
     * `GET /user/submissions`
     */
    listUserSubmissions: {
        (args?: Args<operations["listUserSubmissions"]>, options?: CallOptions): Promise<Result<Data<operations["listUserSubmissions"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUserSubmissions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUserSubmissions"]>, void, undefined>;
    };
    /**
     * Read this month's usage counters (submissions, uploads, payments, API calls) against the plan's limits.
     *
     * `GET /user/usage`
     */
    getUserUsage(args?: Args<operations["getUserUsage"]>, options?: CallOptions): Promise<Result<Data<operations["getUserUsage"]>>>;
    /**
     * List account activity such as logins and form creations, updates and deletions.
     *
     * `GET /user/history`
     */
    getUserHistory(args?: Args<operations["getUserHistory"]>, options?: CallOptions): Promise<Result<Data<operations["getUserHistory"]>>>;
    /**
     * Read a form's title, status, counts and address.
     *
     * `GET /form/{formId}`
     */
    getForm(args: Args<operations["getForm"]>, options?: CallOptions): Promise<Result<Data<operations["getForm"]>>>;
    /**
     * Move a form to the trash (its status becomes DELETED).
     *
     * `DELETE /form/{formId}`
     */
    deleteForm(args: Args<operations["deleteForm"]>, options?: CallOptions): Promise<Result<Data<operations["deleteForm"]>>>;
    /**
     * List a form's questions with their ids, types and settings.
     *
     * `GET /form/{formId}/questions`
     */
    getFormQuestions(args: Args<operations["getFormQuestions"]>, options?: CallOptions): Promise<Result<Data<operations["getFormQuestions"]>>>;
    /**
     * Read all of a form's settings (title, styles, thank-you page, emails and more).
     *
     * `GET /form/{formId}/properties`
     */
    getFormProperties(args: Args<operations["getFormProperties"]>, options?: CallOptions): Promise<Result<Data<operations["getFormProperties"]>>>;
    /**
     * List the submissions of one form.
     *
     * `GET /form/{formId}/submissions`
     */
    listFormSubmissions: {
        (args: Args<operations["listFormSubmissions"]>, options?: CallOptions): Promise<Result<Data<operations["listFormSubmissions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFormSubmissions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFormSubmissions"]>, void, undefined>;
    };
    /**
     * List the files uploaded through a form.
     *
     * `GET /form/{formId}/files`
     */
    listFormFiles(args: Args<operations["listFormFiles"]>, options?: CallOptions): Promise<Result<Data<operations["listFormFiles"]>>>;
    /**
     * List the reports (tables, charts, visual reports) built on a form.
     *
     * `GET /form/{formId}/reports`
     */
    listFormReports(args: Args<operations["listFormReports"]>, options?: CallOptions): Promise<Result<Data<operations["listFormReports"]>>>;
    /**
     * Read one submission with all of its answers.
     *
     * `GET /submission/{submissionId}`
     */
    getSubmission(args: Args<operations["getSubmission"]>, options?: CallOptions): Promise<Result<Data<operations["getSubmission"]>>>;
    /**
     * Change answers of a submission, or its new and flag markers.
     *
     * `POST /submission/{submissionId}`
     */
    updateSubmission(args: Args<operations["updateSubmission"]>, options?: CallOptions): Promise<Result<Data<operations["updateSubmission"]>>>;
    /**
     * Delete a submission.
     *
     * `DELETE /submission/{submissionId}`
     */
    deleteSubmission(args: Args<operations["deleteSubmission"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSubmission"]>>>;
    /**
     * List the webhook addresses a form calls on each submission.
     *
     * `GET /form/{formId}/webhooks`
     */
    listFormWebhooks(args: Args<operations["listFormWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listFormWebhooks"]>>>;
    /**
     * Add a webhook address to a form.
     *
     * `POST /form/{formId}/webhooks`
     */
    createFormWebhook(args: Args<operations["createFormWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createFormWebhook"]>>>;
    /**
     * Remove a form's webhook by its position in the webhook list.
     *
     * `DELETE /form/{formId}/webhooks/{webhookIndex}`
     */
    deleteFormWebhook(args: Args<operations["deleteFormWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFormWebhook"]>>>;
}

const routes = {
    getUser: {"method":"GET","path":"/user"},
    listUserForms: {"method":"GET","path":"/user/forms","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"content"}},
    createForm: {"method":"POST","path":"/user/forms","body":"application/x-www-form-urlencoded"},
    createFormsJson: {"method":"PUT","path":"/user/forms","body":"application/json"},
    listUserSubmissions: {"method":"GET","path":"/user/submissions","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"content"}},
    getUserUsage: {"method":"GET","path":"/user/usage"},
    getUserHistory: {"method":"GET","path":"/user/history"},
    getForm: {"method":"GET","path":"/form/{formId}"},
    deleteForm: {"method":"DELETE","path":"/form/{formId}"},
    getFormQuestions: {"method":"GET","path":"/form/{formId}/questions"},
    getFormProperties: {"method":"GET","path":"/form/{formId}/properties"},
    listFormSubmissions: {"method":"GET","path":"/form/{formId}/submissions","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"content"}},
    listFormFiles: {"method":"GET","path":"/form/{formId}/files"},
    listFormReports: {"method":"GET","path":"/form/{formId}/reports"},
    getSubmission: {"method":"GET","path":"/submission/{submissionId}"},
    updateSubmission: {"method":"POST","path":"/submission/{submissionId}","body":"application/x-www-form-urlencoded"},
    deleteSubmission: {"method":"DELETE","path":"/submission/{submissionId}"},
    listFormWebhooks: {"method":"GET","path":"/form/{formId}/webhooks"},
    createFormWebhook: {"method":"POST","path":"/form/{formId}/webhooks","body":"application/x-www-form-urlencoded"},
    deleteFormWebhook: {"method":"DELETE","path":"/form/{formId}/webhooks/{webhookIndex}"},
} satisfies Record<string, Route>;

/**
 * The JotForm client: `const api = jotform(new Switchboard({ baseUrl, apiKey }))`.
 */
export function jotform(client: Switchboard): JotformClient {
    const app = "jotform";
    return {
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listUserForms: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUserForms, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUserForms, args, options) }) as JotformClient["listUserForms"],
        createForm: (args, options) => client.call(app, routes.createForm, args, options),
        createFormsJson: (args, options) => client.call(app, routes.createFormsJson, args, options),
        listUserSubmissions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUserSubmissions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUserSubmissions, args, options) }) as JotformClient["listUserSubmissions"],
        getUserUsage: (args, options) => client.call(app, routes.getUserUsage, args, options),
        getUserHistory: (args, options) => client.call(app, routes.getUserHistory, args, options),
        getForm: (args, options) => client.call(app, routes.getForm, args, options),
        deleteForm: (args, options) => client.call(app, routes.deleteForm, args, options),
        getFormQuestions: (args, options) => client.call(app, routes.getFormQuestions, args, options),
        getFormProperties: (args, options) => client.call(app, routes.getFormProperties, args, options),
        listFormSubmissions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFormSubmissions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFormSubmissions, args, options) }) as JotformClient["listFormSubmissions"],
        listFormFiles: (args, options) => client.call(app, routes.listFormFiles, args, options),
        listFormReports: (args, options) => client.call(app, routes.listFormReports, args, options),
        getSubmission: (args, options) => client.call(app, routes.getSubmission, args, options),
        updateSubmission: (args, options) => client.call(app, routes.updateSubmission, args, options),
        deleteSubmission: (args, options) => client.call(app, routes.deleteSubmission, args, options),
        listFormWebhooks: (args, options) => client.call(app, routes.listFormWebhooks, args, options),
        createFormWebhook: (args, options) => client.call(app, routes.createFormWebhook, args, options),
        deleteFormWebhook: (args, options) => client.call(app, routes.deleteFormWebhook, args, options),
    };
}