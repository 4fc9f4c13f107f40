// Generated from providers/apollo.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/apollo.js';

/**
 * Apollo through the Switchboard gateway: B2B prospecting data from Apollo.io - people and company search and enrichment, CRM contacts and accounts, sequences and outreach emails.
 */
export interface ApolloClient {
    /**
     * Find people in Apollo's database by title, seniority, location, employer and keywords; spends no credits and returns no emails or phones.
     *
     * `POST /v1/mixed_people/api_search`
     */
    searchPeople: {
        (args: Args<operations["searchPeople"]>, options?: CallOptions): Promise<Result<Data<operations["searchPeople"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchPeople"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchPeople"]>, void, undefined>;
    };
    /**
     * Read one person from Apollo's database by id.
     *
     * `GET /v1/people/{personId}`
     */
    getPerson(args: Args<operations["getPerson"]>, options?: CallOptions): Promise<Result<Data<operations["getPerson"]>>>;
    /**
     * Enrich one person from an email, LinkedIn URL, name plus employer, or Apollo id (uses credits).
     *
     * `POST /v1/people/match`
     */
    matchPerson(args: Args<operations["matchPerson"]>, options?: CallOptions): Promise<Result<Data<operations["matchPerson"]>>>;
    /**
     * Find companies in Apollo's database by name, location, size and other traits (uses credits).
     *
     * `POST /v1/organizations/search`
     */
    searchOrganizations: {
        (args: Args<operations["searchOrganizations"]>, options?: CallOptions): Promise<Result<Data<operations["searchOrganizations"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchOrganizations"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchOrganizations"]>, void, undefined>;
    };
    /**
     * Fill in a company's firmographics (size, industry, funding, location) from its domain.
     *
     * `POST /v1/organizations/enrich`
     */
    enrichOrganization(args: Args<operations["enrichOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["enrichOrganization"]>>>;
    /**
     * Search the contacts the team has saved in its Apollo account.
     *
     * `POST /v1/contacts/search`
     */
    searchContacts: {
        (args: Args<operations["searchContacts"]>, options?: CallOptions): Promise<Result<Data<operations["searchContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchContacts"]>, void, undefined>;
    };
    /**
     * Save a new contact in the team's Apollo account.
     *
     * `POST /v1/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change fields of a saved contact.
     *
     * `PUT /v1/contacts/{contactId}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Search the company accounts saved in the team's Apollo account.
     *
     * `POST /v1/accounts/search`
     */
    searchAccounts: {
        (args: Args<operations["searchAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["searchAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchAccounts"]>, void, undefined>;
    };
    /**
     * Save a new company account in the team's Apollo account.
     *
     * `POST /v1/accounts`
     */
    createAccount(args: Args<operations["createAccount"]>, options?: CallOptions): Promise<Result<Data<operations["createAccount"]>>>;
    /**
     * Find the team's sequences (emailer campaigns), optionally by name.
     *
     * `POST /v1/emailer_campaigns/search`
     */
    searchSequences: {
        (args: Args<operations["searchSequences"]>, options?: CallOptions): Promise<Result<Data<operations["searchSequences"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchSequences"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchSequences"]>, void, undefined>;
    };
    /**
     * Enrol saved contacts in a sequence, sending from one of the team's mailboxes.
     *
     * `POST /v1/emailer_campaigns/{campaignId}/add_contact_ids`
     */
    addContactsToSequence(args: Args<operations["addContactsToSequence"]>, options?: CallOptions): Promise<Result<Data<operations["addContactsToSequence"]>>>;
    /**
     * Search the outreach emails sent from sequences, for example all emails to one contact.
     *
     * `POST /v1/emailer_messages/search`
     */
    searchEmailMessages: {
        (args: Args<operations["searchEmailMessages"]>, options?: CallOptions): Promise<Result<Data<operations["searchEmailMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchEmailMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchEmailMessages"]>, void, undefined>;
    };
    /**
     * List the contact and account lists (labels) of the team.
     *
     * `GET /v1/labels`
     */
    listLabels(args?: Args<operations["listLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listLabels"]>>>;
}

const routes = {
    searchPeople: {"method":"POST","path":"/v1/mixed_people/api_search","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"people","in":"body"}},
    getPerson: {"method":"GET","path":"/v1/people/{personId}"},
    matchPerson: {"method":"POST","path":"/v1/people/match","body":"application/json"},
    searchOrganizations: {"method":"POST","path":"/v1/organizations/search","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"organizations","totalPages":"pagination.total_pages","in":"body"}},
    enrichOrganization: {"method":"POST","path":"/v1/organizations/enrich","body":"application/json"},
    searchContacts: {"method":"POST","path":"/v1/contacts/search","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"contacts","totalPages":"pagination.total_pages","in":"body"}},
    createContact: {"method":"POST","path":"/v1/contacts","body":"application/json"},
    updateContact: {"method":"PUT","path":"/v1/contacts/{contactId}","body":"application/json"},
    searchAccounts: {"method":"POST","path":"/v1/accounts/search","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"accounts","totalPages":"pagination.total_pages","in":"body"}},
    createAccount: {"method":"POST","path":"/v1/accounts","body":"application/json"},
    searchSequences: {"method":"POST","path":"/v1/emailer_campaigns/search","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"emailer_campaigns","totalPages":"pagination.total_pages","in":"body"}},
    addContactsToSequence: {"method":"POST","path":"/v1/emailer_campaigns/{campaignId}/add_contact_ids","body":"application/json"},
    searchEmailMessages: {"method":"POST","path":"/v1/emailer_messages/search","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"emailer_messages","totalPages":"pagination.total_pages","in":"body"}},
    listLabels: {"method":"GET","path":"/v1/labels"},
} satisfies Record<string, Route>;

/**
 * The Apollo client: `const api = apollo(new Switchboard({ baseUrl, apiKey }))`.
 */
export function apollo(client: Switchboard): ApolloClient {
    const app = "apollo";
    return {
        searchPeople: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchPeople, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchPeople, args, options) }) as ApolloClient["searchPeople"],
        getPerson: (args, options) => client.call(app, routes.getPerson, args, options),
        matchPerson: (args, options) => client.call(app, routes.matchPerson, args, options),
        searchOrganizations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchOrganizations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchOrganizations, args, options) }) as ApolloClient["searchOrganizations"],
        enrichOrganization: (args, options) => client.call(app, routes.enrichOrganization, args, options),
        searchContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchContacts, args, options) }) as ApolloClient["searchContacts"],
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        searchAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchAccounts, args, options) }) as ApolloClient["searchAccounts"],
        createAccount: (args, options) => client.call(app, routes.createAccount, args, options),
        searchSequences: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchSequences, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchSequences, args, options) }) as ApolloClient["searchSequences"],
        addContactsToSequence: (args, options) => client.call(app, routes.addContactsToSequence, args, options),
        searchEmailMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchEmailMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchEmailMessages, args, options) }) as ApolloClient["searchEmailMessages"],
        listLabels: (args, options) => client.call(app, routes.listLabels, args, options),
    };
}