// Generated from providers/cognito-forms.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/cognito-forms.js';

/**
 * Cognito Forms through the Switchboard gateway: Forms, entries, generated documents, uploaded files and form availability of a Cognito Forms organization.
 */
export interface CognitoFormsClient {
    /** List the organization's forms. `GET /api/forms` */
    listForms: Call<operations["listForms"]>;
    /** Read a form's details and the definition of its fields. `GET /api/forms/{formId}` */
    getForm: Call<operations["getForm"]>;
    /** Open or close a form for new entries between two times, with a message shown while it is closed. `PUT /api/forms/{formId}/availability` */
    setFormAvailability: Call<operations["setFormAvailability"]>;
    /** List the entries submitted to a form. `GET /api/forms/{formId}/entries` */
    listEntries: Call<operations["listEntries"]>;
    /** Read one entry of a form. `GET /api/forms/{formId}/entries/{entryId}` */
    getEntry: Call<operations["getEntry"]>;
    /** Submit a new entry to a form as if someone had filled it in. `POST /api/forms/{formId}/entries` */
    createEntry: Call<operations["createEntry"]>;
    /** Change the field values of an existing entry. `PUT /api/forms/{formId}/entries/{entryId}` */
    updateEntry: Call<operations["updateEntry"]>;
    /** Delete an entry. `DELETE /api/forms/{formId}/entries/{entryId}` */
    deleteEntry: Call<operations["deleteEntry"]>;
    /** Generate an entry's document from one of the form's document templates and get a link to it. `GET /api/forms/{formId}/entries/{entryId}/documents/{templateNumber}` */
    getEntryDocument: Call<operations["getEntryDocument"]>;
    /** Get a temporary download link for a file uploaded with an entry. `GET /api/files/{fileId}` */
    getFile: Call<operations["getFile"]>;
}

const routes: Routes<CognitoFormsClient> = {
    listForms: {"method":"GET","path":"/api/forms"},
    getForm: {"method":"GET","path":"/api/forms/{formId}"},
    setFormAvailability: {"method":"PUT","path":"/api/forms/{formId}/availability","body":"application/json"},
    listEntries: {"method":"GET","path":"/api/forms/{formId}/entries"},
    getEntry: {"method":"GET","path":"/api/forms/{formId}/entries/{entryId}"},
    createEntry: {"method":"POST","path":"/api/forms/{formId}/entries","body":"application/json"},
    updateEntry: {"method":"PUT","path":"/api/forms/{formId}/entries/{entryId}","body":"application/json"},
    deleteEntry: {"method":"DELETE","path":"/api/forms/{formId}/entries/{entryId}"},
    getEntryDocument: {"method":"GET","path":"/api/forms/{formId}/entries/{entryId}/documents/{templateNumber}"},
    getFile: {"method":"GET","path":"/api/files/{fileId}"},
};

/**
 * The Cognito Forms client: `const api = cognitoForms(new Switchboard({ baseUrl, apiKey }))`.
 */
export const cognitoForms = (sb: Switchboard): CognitoFormsClient => bindClient<CognitoFormsClient>(sb, "cognito-forms", routes);
