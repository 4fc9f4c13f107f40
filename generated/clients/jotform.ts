// Generated from providers/jotform.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/jotform.js';

/**
 * JotForm through the Switchboard gateway: Jotform accounts, forms, questions, submissions, reports, files and webhooks.
 */
export interface JotformClient {
    /** Read the account's profile, plan and status. `GET /user` */
    getUser: Call<operations["getUser"]>;
    /** List the account's forms. `GET /user/forms` */
    listUserForms: Paged<operations["listUserForms"]>;
    /** Create a form from form-encoded properties, questions and emails. `POST /user/forms` */
    createForm: Call<operations["createForm"]>;
    /** Create a form from a JSON description of its properties, questions and emails. `PUT /user/forms` */
    createFormsJson: Call<operations["createFormsJson"]>;
    /** List submissions across all of the account's forms. `GET /user/submissions` */
    listUserSubmissions: Paged<operations["listUserSubmissions"]>;
    /** Read this month's usage counters (submissions, uploads, payments, API calls) against the plan's limits. `GET /user/usage` */
    getUserUsage: Call<operations["getUserUsage"]>;
    /** List account activity such as logins and form creations, updates and deletions. `GET /user/history` */
    getUserHistory: Call<operations["getUserHistory"]>;
    /** Read a form's title, status, counts and address. `GET /form/{formId}` */
    getForm: Call<operations["getForm"]>;
    /** Move a form to the trash (its status becomes DELETED). `DELETE /form/{formId}` */
    deleteForm: Call<operations["deleteForm"]>;
    /** List a form's questions with their ids, types and settings. `GET /form/{formId}/questions` */
    getFormQuestions: Call<operations["getFormQuestions"]>;
    /** Read all of a form's settings (title, styles, thank-you page, emails and more). `GET /form/{formId}/properties` */
    getFormProperties: Call<operations["getFormProperties"]>;
    /** List the submissions of one form. `GET /form/{formId}/submissions` */
    listFormSubmissions: Paged<operations["listFormSubmissions"]>;
    /** List the files uploaded through a form. `GET /form/{formId}/files` */
    listFormFiles: Call<operations["listFormFiles"]>;
    /** List the reports (tables, charts, visual reports) built on a form. `GET /form/{formId}/reports` */
    listFormReports: Call<operations["listFormReports"]>;
    /** Read one submission with all of its answers. `GET /submission/{submissionId}` */
    getSubmission: Call<operations["getSubmission"]>;
    /** Change answers of a submission, or its new and flag markers. `POST /submission/{submissionId}` */
    updateSubmission: Call<operations["updateSubmission"]>;
    /** Delete a submission. `DELETE /submission/{submissionId}` */
    deleteSubmission: Call<operations["deleteSubmission"]>;
    /** List the webhook addresses a form calls on each submission. `GET /form/{formId}/webhooks` */
    listFormWebhooks: Call<operations["listFormWebhooks"]>;
    /** Add a webhook address to a form. `POST /form/{formId}/webhooks` */
    createFormWebhook: Call<operations["createFormWebhook"]>;
    /** Remove a form's webhook by its position in the webhook list. `DELETE /form/{formId}/webhooks/{webhookIndex}` */
    deleteFormWebhook: Call<operations["deleteFormWebhook"]>;
}

const routes: Routes<JotformClient> = {
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
};

/**
 * The JotForm client: `const api = jotform(new Switchboard({ baseUrl, apiKey }))`.
 */
export const jotform = (sb: Switchboard): JotformClient => bindClient<JotformClient>(sb, "jotform", routes);
