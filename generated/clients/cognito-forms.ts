// Generated from providers/cognito-forms.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/cognito-forms.js';

/**
 * Cognito Forms through the Switchboard gateway: Forms, entries, generated documents, uploaded files and form availability of a Cognito Forms organization.
 */
export interface CognitoFormsClient {
    /**
     * List the organization's forms.
     *
     * `GET /api/forms`
     */
    listForms(args?: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
    /**
     * Read a form's details and the definition of its fields.
     *
     * `GET /api/forms/{formId}`
     */
    getForm(args: Args<operations["getForm"]>, options?: CallOptions): Promise<Result<Data<operations["getForm"]>>>;
    /**
     * Open or close a form for new entries between two times, with a message shown while it is closed.
     *
     * `PUT /api/forms/{formId}/availability`
     */
    setFormAvailability(args: Args<operations["setFormAvailability"]>, options?: CallOptions): Promise<Result<Data<operations["setFormAvailability"]>>>;
    /**
     * List the entries submitted to a form.
     *
     * `GET /api/forms/{formId}/entries`
     */
    listEntries(args: Args<operations["listEntries"]>, options?: CallOptions): Promise<Result<Data<operations["listEntries"]>>>;
    /**
     * Read one entry of a form.
     *
     * `GET /api/forms/{formId}/entries/{entryId}`
     */
    getEntry(args: Args<operations["getEntry"]>, options?: CallOptions): Promise<Result<Data<operations["getEntry"]>>>;
    /**
     * Submit a new entry to a form as if someone had filled it in.
     *
     * `POST /api/forms/{formId}/entries`
     */
    createEntry(args: Args<operations["createEntry"]>, options?: CallOptions): Promise<Result<Data<operations["createEntry"]>>>;
    /**
     * Change the field values of an existing entry.
     *
     * `PUT /api/forms/{formId}/entries/{entryId}`
     */
    updateEntry(args: Args<operations["updateEntry"]>, options?: CallOptions): Promise<Result<Data<operations["updateEntry"]>>>;
    /**
     * Delete an entry.
     *
     * `DELETE /api/forms/{formId}/entries/{entryId}`
     */
    deleteEntry(args: Args<operations["deleteEntry"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEntry"]>>>;
    /**
     * Generate an entry's document from one of the form's document templates and get a link to it.
     *
     * `GET /api/forms/{formId}/entries/{entryId}/documents/{templateNumber}`
     */
    getEntryDocument(args: Args<operations["getEntryDocument"]>, options?: CallOptions): Promise<Result<Data<operations["getEntryDocument"]>>>;
    /**
     * Get a temporary download link for a file uploaded with an entry.
     *
     * `GET /api/files/{fileId}`
     */
    getFile(args: Args<operations["getFile"]>, options?: CallOptions): Promise<Result<Data<operations["getFile"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Cognito Forms client: `const api = cognitoForms(new Switchboard({ baseUrl, apiKey }))`.
 */
export function cognitoForms(client: Switchboard): CognitoFormsClient {
    const app = "cognito-forms";
    return {
        listForms: (args, options) => client.call(app, routes.listForms, args, options),
        getForm: (args, options) => client.call(app, routes.getForm, args, options),
        setFormAvailability: (args, options) => client.call(app, routes.setFormAvailability, args, options),
        listEntries: (args, options) => client.call(app, routes.listEntries, args, options),
        getEntry: (args, options) => client.call(app, routes.getEntry, args, options),
        createEntry: (args, options) => client.call(app, routes.createEntry, args, options),
        updateEntry: (args, options) => client.call(app, routes.updateEntry, args, options),
        deleteEntry: (args, options) => client.call(app, routes.deleteEntry, args, options),
        getEntryDocument: (args, options) => client.call(app, routes.getEntryDocument, args, options),
        getFile: (args, options) => client.call(app, routes.getFile, args, options),
    };
}