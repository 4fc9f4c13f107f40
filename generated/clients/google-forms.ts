// Generated from providers/google-forms.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-forms.js';

/**
 * Google Forms through the Switchboard gateway: Create Google Forms, change their questions and settings in batches, and read the submitted responses.
 */
export interface GoogleFormsClient {
    /**
     * Read a form with its settings and every item and question.
     *
     * `GET /v1/forms/{formId}`
     */
    getForm(args: Args<operations["getForm"]>, options?: CallOptions): Promise<Result<Data<operations["getForm"]>>>;
    /**
     * Create an empty form with a title.
     *
     * `POST /v1/forms`
     */
    createForm(args: Args<operations["createForm"]>, options?: CallOptions): Promise<Result<Data<operations["createForm"]>>>;
    /**
     * Add, change, move or remove items and update form info or settings in one atomic batch.
     *
     * `POST /v1/forms/{formId}:batchUpdate`
     */
    batchUpdateForm(args: Args<operations["batchUpdateForm"]>, options?: CallOptions): Promise<Result<Data<operations["batchUpdateForm"]>>>;
    /**
     * Page through the responses submitted to a form.
     *
     * `GET /v1/forms/{formId}/responses`
     */
    listResponses: {
        (args: Args<operations["listResponses"]>, options?: CallOptions): Promise<Result<Data<operations["listResponses"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listResponses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listResponses"]>, void, undefined>;
    };
    /**
     * Read one submitted response.
     *
     * `GET /v1/forms/{formId}/responses/{responseId}`
     */
    getResponse(args: Args<operations["getResponse"]>, options?: CallOptions): Promise<Result<Data<operations["getResponse"]>>>;
}

const routes = {
    getForm: {"method":"GET","path":"/v1/forms/{formId}"},
    createForm: {"method":"POST","path":"/v1/forms","body":"application/json"},
    batchUpdateForm: {"method":"POST","path":"/v1/forms/{formId}:batchUpdate","body":"application/json"},
    listResponses: {"method":"GET","path":"/v1/forms/{formId}/responses","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getResponse: {"method":"GET","path":"/v1/forms/{formId}/responses/{responseId}"},
} satisfies Record<string, Route>;

/**
 * The Google Forms client: `const api = googleForms(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleForms(client: Switchboard): GoogleFormsClient {
    const app = "google-forms";
    return {
        getForm: (args, options) => client.call(app, routes.getForm, args, options),
        createForm: (args, options) => client.call(app, routes.createForm, args, options),
        batchUpdateForm: (args, options) => client.call(app, routes.batchUpdateForm, args, options),
        listResponses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listResponses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listResponses, args, options) }) as GoogleFormsClient["listResponses"],
        getResponse: (args, options) => client.call(app, routes.getResponse, args, options),
    };
}