// Generated from providers/typeform.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/typeform.js';

/**
 * Typeform through the Switchboard gateway: Typeform forms, responses, insights, workspaces, themes and images.
 */
export interface TypeformClient {
    /**
     * Read the alias, email and language of the connected account.
     *
     * `GET /me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * List forms, optionally searched, limited to a workspace and sorted.
     *
     * `GET /forms`
     */
    listForms: {
        (args?: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listForms"]>, options?: CallOptions): AsyncGenerator<Data<operations["listForms"]>, void, undefined>;
    };
    /**
     * Read a form's full definition (fields, logic, settings, screens).
     *
     * `GET /forms/{formId}`
     */
    getForm(args: Args<operations["getForm"]>, options?: CallOptions): Promise<Result<Data<operations["getForm"]>>>;
    /**
     * Create a form with its fields, screens and settings.
     *
     * `POST /forms`
     */
    createForm(args: Args<operations["createForm"]>, options?: CallOptions): Promise<Result<Data<operations["createForm"]>>>;
    /**
     * Replace a form's whole definition; anything not sent is removed.
     *
     * `PUT /forms/{formId}`
     */
    replaceForm(args: Args<operations["replaceForm"]>, options?: CallOptions): Promise<Result<Data<operations["replaceForm"]>>>;
    /**
     * Change parts of a form with JSON Patch operations (title, settings, theme, workspace).
     *
     * `PATCH /forms/{formId}`
     */
    patchForm(args: Args<operations["patchForm"]>, options?: CallOptions): Promise<Result<Data<operations["patchForm"]>>>;
    /**
     * Delete a form together with all of its responses.
     *
     * `DELETE /forms/{formId}`
     */
    deleteForm(args: Args<operations["deleteForm"]>, options?: CallOptions): Promise<Result<Data<operations["deleteForm"]>>>;
    /**
     * List a form's responses, filtered by time, completion, ids or text.
     *
     * `GET /forms/{formId}/responses`
     */
    listResponses: {
        (args: Args<operations["listResponses"]>, options?: CallOptions): Promise<Result<Data<operations["listResponses"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listResponses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listResponses"]>, void, undefined>;
    };
    /**
     * Delete chosen responses of a form.
     *
     * `DELETE /forms/{formId}/responses`
     */
    deleteResponses(args: Args<operations["deleteResponses"]>, options?: CallOptions): Promise<Result<Data<operations["deleteResponses"]>>>;
    /**
     * Read a form's views, starts, completion rate, average time and per-question drop-off.
     *
     * `GET /insights/{formId}/summary`
     */
    getFormInsightsSummary(args: Args<operations["getFormInsightsSummary"]>, options?: CallOptions): Promise<Result<Data<operations["getFormInsightsSummary"]>>>;
    /**
     * List the workspaces the account can reach.
     *
     * `GET /workspaces`
     */
    listWorkspaces: {
        (args?: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWorkspaces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaces"]>, void, undefined>;
    };
    /**
     * Read one workspace with its form count and members.
     *
     * `GET /workspaces/{workspaceId}`
     */
    getWorkspace(args: Args<operations["getWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["getWorkspace"]>>>;
    /**
     * List the account's own themes and Typeform's public ones.
     *
     * `GET /themes`
     */
    listThemes: {
        (args?: Args<operations["listThemes"]>, options?: CallOptions): Promise<Result<Data<operations["listThemes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listThemes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listThemes"]>, void, undefined>;
    };
    /**
     * List the images uploaded to the account.
     *
     * `GET /images`
     */
    listImages(args?: Args<operations["listImages"]>, options?: CallOptions): Promise<Result<Data<operations["listImages"]>>>;
}

const routes = {
    getMe: {"method":"GET","path":"/me"},
    listForms: {"method":"GET","path":"/forms","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"items","totalPages":"page_count"}},
    getForm: {"method":"GET","path":"/forms/{formId}"},
    createForm: {"method":"POST","path":"/forms","body":"application/json"},
    replaceForm: {"method":"PUT","path":"/forms/{formId}","body":"application/json"},
    patchForm: {"method":"PATCH","path":"/forms/{formId}","body":"application/json"},
    deleteForm: {"method":"DELETE","path":"/forms/{formId}"},
    listResponses: {"method":"GET","path":"/forms/{formId}/responses","paging":{"style":"cursor","cursorParam":"before","nextCursor":"items[-1].token"}},
    deleteResponses: {"method":"DELETE","path":"/forms/{formId}/responses"},
    getFormInsightsSummary: {"method":"GET","path":"/insights/{formId}/summary"},
    listWorkspaces: {"method":"GET","path":"/workspaces","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"items","totalPages":"page_count"}},
    getWorkspace: {"method":"GET","path":"/workspaces/{workspaceId}"},
    listThemes: {"method":"GET","path":"/themes","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"items","totalPages":"page_count"}},
    listImages: {"method":"GET","path":"/images"},
} satisfies Record<string, Route>;

/**
 * The Typeform client: `const api = typeform(new Switchboard({ baseUrl, apiKey }))`.
 */
export function typeform(client: Switchboard): TypeformClient {
    const app = "typeform";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        listForms: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listForms, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listForms, args, options) }) as TypeformClient["listForms"],
        getForm: (args, options) => client.call(app, routes.getForm, args, options),
        createForm: (args, options) => client.call(app, routes.createForm, args, options),
        replaceForm: (args, options) => client.call(app, routes.replaceForm, args, options),
        patchForm: (args, options) => client.call(app, routes.patchForm, args, options),
        deleteForm: (args, options) => client.call(app, routes.deleteForm, args, options),
        listResponses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listResponses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listResponses, args, options) }) as TypeformClient["listResponses"],
        deleteResponses: (args, options) => client.call(app, routes.deleteResponses, args, options),
        getFormInsightsSummary: (args, options) => client.call(app, routes.getFormInsightsSummary, args, options),
        listWorkspaces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaces, args, options) }) as TypeformClient["listWorkspaces"],
        getWorkspace: (args, options) => client.call(app, routes.getWorkspace, args, options),
        listThemes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listThemes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listThemes, args, options) }) as TypeformClient["listThemes"],
        listImages: (args, options) => client.call(app, routes.listImages, args, options),
    };
}