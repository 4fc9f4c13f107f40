// Generated from providers/tally.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/tally.js';

/**
 * Tally through the Switchboard gateway: Tally forms, their questions and submissions, workspaces, organization members and invites, and webhooks.
 */
export interface TallyClient {
    /**
     * Read the profile, organization and plan of the user the key belongs to.
     *
     * `GET /users/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * List the forms the user can reach, a page at a time.
     *
     * `GET /forms`
     */
    listForms: {
        (args?: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listForms"]>, options?: CallOptions): AsyncGenerator<Data<operations["listForms"]>, void, undefined>;
    };
    /**
     * Create a form from a list of blocks, as a draft or published.
     *
     * `POST /forms`
     */
    createForm(args: Args<operations["createForm"]>, options?: CallOptions): Promise<Result<Data<operations["createForm"]>>>;
    /**
     * Read a form with its blocks and settings.
     *
     * `GET /forms/{formId}`
     */
    getForm(args: Args<operations["getForm"]>, options?: CallOptions): Promise<Result<Data<operations["getForm"]>>>;
    /**
     * Rename, publish or unpublish a form, or replace its blocks or settings.
     *
     * `PATCH /forms/{formId}`
     */
    updateForm(args: Args<operations["updateForm"]>, options?: CallOptions): Promise<Result<Data<operations["updateForm"]>>>;
    /**
     * Move a form to the trash.
     *
     * `DELETE /forms/{formId}`
     */
    deleteForm(args: Args<operations["deleteForm"]>, options?: CallOptions): Promise<Result<Data<operations["deleteForm"]>>>;
    /**
     * List a form's questions with their fields and response counts.
     *
     * `GET /forms/{formId}/questions`
     */
    listFormQuestions(args: Args<operations["listFormQuestions"]>, options?: CallOptions): Promise<Result<Data<operations["listFormQuestions"]>>>;
    /**
     * List a form's submissions, filtered by completion and date.
     *
     * `GET /forms/{formId}/submissions`
     */
    listFormSubmissions: {
        (args: Args<operations["listFormSubmissions"]>, options?: CallOptions): Promise<Result<Data<operations["listFormSubmissions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFormSubmissions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFormSubmissions"]>, void, undefined>;
    };
    /**
     * Read one submission with the questions it answers.
     *
     * `GET /forms/{formId}/submissions/{submissionId}`
     */
    getFormSubmission(args: Args<operations["getFormSubmission"]>, options?: CallOptions): Promise<Result<Data<operations["getFormSubmission"]>>>;
    /**
     * Delete a submission.
     *
     * `DELETE /forms/{formId}/submissions/{submissionId}`
     */
    deleteFormSubmission(args: Args<operations["deleteFormSubmission"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFormSubmission"]>>>;
    /**
     * List the workspaces the user can reach.
     *
     * `GET /workspaces`
     */
    listWorkspaces: {
        (args?: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWorkspaces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaces"]>, void, undefined>;
    };
    /**
     * Read a workspace with its members and pending invites.
     *
     * `GET /workspaces/{workspaceId}`
     */
    getWorkspace(args: Args<operations["getWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["getWorkspace"]>>>;
    /**
     * Create a workspace (Pro plan).
     *
     * `POST /workspaces`
     */
    createWorkspace(args: Args<operations["createWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["createWorkspace"]>>>;
    /**
     * List the members of an organization.
     *
     * `GET /organizations/{organizationId}/users`
     */
    listOrganizationUsers(args: Args<operations["listOrganizationUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationUsers"]>>>;
    /**
     * List invitations to an organization that have not been accepted yet.
     *
     * `GET /organizations/{organizationId}/invites`
     */
    listOrganizationInvites(args: Args<operations["listOrganizationInvites"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationInvites"]>>>;
    /**
     * List the webhooks set up on the user's forms.
     *
     * `GET /webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Have Tally post each new response of a form to an address.
     *
     * `POST /webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Tally client: `const api = tally(new Switchboard({ baseUrl, apiKey }))`.
 */
export function tally(client: Switchboard): TallyClient {
    const app = "tally";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        listForms: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listForms, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listForms, args, options) }) as TallyClient["listForms"],
        createForm: (args, options) => client.call(app, routes.createForm, args, options),
        getForm: (args, options) => client.call(app, routes.getForm, args, options),
        updateForm: (args, options) => client.call(app, routes.updateForm, args, options),
        deleteForm: (args, options) => client.call(app, routes.deleteForm, args, options),
        listFormQuestions: (args, options) => client.call(app, routes.listFormQuestions, args, options),
        listFormSubmissions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFormSubmissions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFormSubmissions, args, options) }) as TallyClient["listFormSubmissions"],
        getFormSubmission: (args, options) => client.call(app, routes.getFormSubmission, args, options),
        deleteFormSubmission: (args, options) => client.call(app, routes.deleteFormSubmission, args, options),
        listWorkspaces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaces, args, options) }) as TallyClient["listWorkspaces"],
        getWorkspace: (args, options) => client.call(app, routes.getWorkspace, args, options),
        createWorkspace: (args, options) => client.call(app, routes.createWorkspace, args, options),
        listOrganizationUsers: (args, options) => client.call(app, routes.listOrganizationUsers, args, options),
        listOrganizationInvites: (args, options) => client.call(app, routes.listOrganizationInvites, args, options),
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as TallyClient["listWebhooks"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
    };
}