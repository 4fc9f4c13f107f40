// Generated from providers/tally.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/tally.js';

/**
 * Tally through the Switchboard gateway: Tally forms, their questions and submissions, workspaces, organization members and invites, and webhooks.
 */
export interface TallyClient {
    /** Read the profile, organization and plan of the user the key belongs to. `GET /users/me` */
    getMe: Call<operations["getMe"]>;
    /** List the forms the user can reach, a page at a time. `GET /forms` */
    listForms: Paged<operations["listForms"]>;
    /** Create a form from a list of blocks, as a draft or published. `POST /forms` */
    createForm: Call<operations["createForm"]>;
    /** Read a form with its blocks and settings. `GET /forms/{formId}` */
    getForm: Call<operations["getForm"]>;
    /** Rename, publish or unpublish a form, or replace its blocks or settings. `PATCH /forms/{formId}` */
    updateForm: Call<operations["updateForm"]>;
    /** Move a form to the trash. `DELETE /forms/{formId}` */
    deleteForm: Call<operations["deleteForm"]>;
    /** List a form's questions with their fields and response counts. `GET /forms/{formId}/questions` */
    listFormQuestions: Call<operations["listFormQuestions"]>;
    /** List a form's submissions, filtered by completion and date. `GET /forms/{formId}/submissions` */
    listFormSubmissions: Paged<operations["listFormSubmissions"]>;
    /** Read one submission with the questions it answers. `GET /forms/{formId}/submissions/{submissionId}` */
    getFormSubmission: Call<operations["getFormSubmission"]>;
    /** Delete a submission. `DELETE /forms/{formId}/submissions/{submissionId}` */
    deleteFormSubmission: Call<operations["deleteFormSubmission"]>;
    /** List the workspaces the user can reach. `GET /workspaces` */
    listWorkspaces: Paged<operations["listWorkspaces"]>;
    /** Read a workspace with its members and pending invites. `GET /workspaces/{workspaceId}` */
    getWorkspace: Call<operations["getWorkspace"]>;
    /** Create a workspace (Pro plan). `POST /workspaces` */
    createWorkspace: Call<operations["createWorkspace"]>;
    /** List the members of an organization. `GET /organizations/{organizationId}/users` */
    listOrganizationUsers: Call<operations["listOrganizationUsers"]>;
    /** List invitations to an organization that have not been accepted yet. `GET /organizations/{organizationId}/invites` */
    listOrganizationInvites: Call<operations["listOrganizationInvites"]>;
    /** List the webhooks set up on the user's forms. `GET /webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Have Tally post each new response of a form to an address. `POST /webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
}

const routes: Routes<TallyClient> = {
    getMe: {"method":"GET","path":"/users/me"},
    listForms: {"method":"GET","path":"/forms","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"items"}},
    createForm: {"method":"POST","path":"/forms","body":"application/json"},
    getForm: {"method":"GET","path":"/forms/{formId}"},
    updateForm: {"method":"PATCH","path":"/forms/{formId}","body":"application/json"},
    deleteForm: {"method":"DELETE","path":"/forms/{formId}"},
    listFormQuestions: {"method":"GET","path":"/forms/{formId}/questions"},
    listFormSubmissions: {"method":"GET","path":"/forms/{formId}/submissions","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"submissions"}},
    getFormSubmission: {"method":"GET","path":"/forms/{formId}/submissions/{submissionId}"},
    deleteFormSubmission: {"method":"DELETE","path":"/forms/{formId}/submissions/{submissionId}"},
    listWorkspaces: {"method":"GET","path":"/workspaces","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"items"}},
    getWorkspace: {"method":"GET","path":"/workspaces/{workspaceId}"},
    createWorkspace: {"method":"POST","path":"/workspaces","body":"application/json"},
    listOrganizationUsers: {"method":"GET","path":"/organizations/{organizationId}/users"},
    listOrganizationInvites: {"method":"GET","path":"/organizations/{organizationId}/invites"},
    listWebhooks: {"method":"GET","path":"/webhooks","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"webhooks"}},
    createWebhook: {"method":"POST","path":"/webhooks","body":"application/json"},
};

/**
 * The Tally client: `const api = tally(new Switchboard({ baseUrl, apiKey }))`.
 */
export const tally = (sb: Switchboard): TallyClient => bindClient<TallyClient>(sb, "tally", routes);
