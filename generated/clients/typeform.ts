// Generated from providers/typeform.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/typeform.js';

/**
 * Typeform through the Switchboard gateway: Typeform forms, responses, insights, workspaces, themes and images.
 */
export interface TypeformClient {
    /** Read the alias, email and language of the connected account. `GET /me` */
    getMe: Call<operations["getMe"]>;
    /** List forms, optionally searched, limited to a workspace and sorted. `GET /forms` */
    listForms: Paged<operations["listForms"]>;
    /** Read a form's full definition (fields, logic, settings, screens). `GET /forms/{formId}` */
    getForm: Call<operations["getForm"]>;
    /** Create a form with its fields, screens and settings. `POST /forms` */
    createForm: Call<operations["createForm"]>;
    /** Replace a form's whole definition; anything not sent is removed. `PUT /forms/{formId}` */
    replaceForm: Call<operations["replaceForm"]>;
    /** Change parts of a form with JSON Patch operations (title, settings, theme, workspace). `PATCH /forms/{formId}` */
    patchForm: Call<operations["patchForm"]>;
    /** Delete a form together with all of its responses. `DELETE /forms/{formId}` */
    deleteForm: Call<operations["deleteForm"]>;
    /** List a form's responses, filtered by time, completion, ids or text. `GET /forms/{formId}/responses` */
    listResponses: Paged<operations["listResponses"]>;
    /** Delete chosen responses of a form. `DELETE /forms/{formId}/responses` */
    deleteResponses: Call<operations["deleteResponses"]>;
    /** Read a form's views, starts, completion rate, average time and per-question drop-off. `GET /insights/{formId}/summary` */
    getFormInsightsSummary: Call<operations["getFormInsightsSummary"]>;
    /** List the workspaces the account can reach. `GET /workspaces` */
    listWorkspaces: Paged<operations["listWorkspaces"]>;
    /** Read one workspace with its form count and members. `GET /workspaces/{workspaceId}` */
    getWorkspace: Call<operations["getWorkspace"]>;
    /** List the account's own themes and Typeform's public ones. `GET /themes` */
    listThemes: Paged<operations["listThemes"]>;
    /** List the images uploaded to the account. `GET /images` */
    listImages: Call<operations["listImages"]>;
}

const routes: Routes<TypeformClient> = {
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
};

/**
 * The Typeform client: `const api = typeform(new Switchboard({ baseUrl, apiKey }))`.
 */
export const typeform = (sb: Switchboard): TypeformClient => bindClient<TypeformClient>(sb, "typeform", routes);
