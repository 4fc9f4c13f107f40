// Generated from providers/google-forms.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-forms.js';

/**
 * Google Forms through the Switchboard gateway: Create Google Forms, change their questions and settings in batches, and read the submitted responses.
 */
export interface GoogleFormsClient {
    /** Read a form with its settings and every item and question. `GET /v1/forms/{formId}` */
    getForm: Call<operations["getForm"]>;
    /** Create an empty form with a title. `POST /v1/forms` */
    createForm: Call<operations["createForm"]>;
    /** Add, change, move or remove items and update form info or settings in one atomic batch. `POST /v1/forms/{formId}:batchUpdate` */
    batchUpdateForm: Call<operations["batchUpdateForm"]>;
    /** Page through the responses submitted to a form. `GET /v1/forms/{formId}/responses` */
    listResponses: Paged<operations["listResponses"]>;
    /** Read one submitted response. `GET /v1/forms/{formId}/responses/{responseId}` */
    getResponse: Call<operations["getResponse"]>;
}

const routes: Routes<GoogleFormsClient> = {
    getForm: {"method":"GET","path":"/v1/forms/{formId}"},
    createForm: {"method":"POST","path":"/v1/forms","body":"application/json"},
    batchUpdateForm: {"method":"POST","path":"/v1/forms/{formId}:batchUpdate","body":"application/json"},
    listResponses: {"method":"GET","path":"/v1/forms/{formId}/responses","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getResponse: {"method":"GET","path":"/v1/forms/{formId}/responses/{responseId}"},
};

/**
 * The Google Forms client: `const api = googleForms(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleForms = (sb: Switchboard): GoogleFormsClient => bindClient<GoogleFormsClient>(sb, "google-forms", routes);
