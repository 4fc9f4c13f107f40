// Generated from providers/apollo.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/apollo.js';

/**
 * Apollo through the Switchboard gateway: B2B prospecting data from Apollo.io - people and company search and enrichment, CRM contacts and accounts, sequences and outreach emails.
 */
export interface ApolloClient {
    /** Find people in Apollo's database by title, seniority, location, employer and keywords; spends no credits and returns no emails or phones. `POST /v1/mixed_people/api_search` */
    searchPeople: Paged<operations["searchPeople"]>;
    /** Read one person from Apollo's database by id. `GET /v1/people/{personId}` */
    getPerson: Call<operations["getPerson"]>;
    /** Enrich one person from an email, LinkedIn URL, name plus employer, or Apollo id (uses credits). `POST /v1/people/match` */
    matchPerson: Call<operations["matchPerson"]>;
    /** Find companies in Apollo's database by name, location, size and other traits (uses credits). `POST /v1/organizations/search` */
    searchOrganizations: Paged<operations["searchOrganizations"]>;
    /** Fill in a company's firmographics (size, industry, funding, location) from its domain. `POST /v1/organizations/enrich` */
    enrichOrganization: Call<operations["enrichOrganization"]>;
    /** Search the contacts the team has saved in its Apollo account. `POST /v1/contacts/search` */
    searchContacts: Paged<operations["searchContacts"]>;
    /** Save a new contact in the team's Apollo account. `POST /v1/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change fields of a saved contact. `PUT /v1/contacts/{contactId}` */
    updateContact: Call<operations["updateContact"]>;
    /** Search the company accounts saved in the team's Apollo account. `POST /v1/accounts/search` */
    searchAccounts: Paged<operations["searchAccounts"]>;
    /** Save a new company account in the team's Apollo account. `POST /v1/accounts` */
    createAccount: Call<operations["createAccount"]>;
    /** Find the team's sequences (emailer campaigns), optionally by name. `POST /v1/emailer_campaigns/search` */
    searchSequences: Paged<operations["searchSequences"]>;
    /** Enrol saved contacts in a sequence, sending from one of the team's mailboxes. `POST /v1/emailer_campaigns/{campaignId}/add_contact_ids` */
    addContactsToSequence: Call<operations["addContactsToSequence"]>;
    /** Search the outreach emails sent from sequences, for example all emails to one contact. `POST /v1/emailer_messages/search` */
    searchEmailMessages: Paged<operations["searchEmailMessages"]>;
    /** List the contact and account lists (labels) of the team. `GET /v1/labels` */
    listLabels: Call<operations["listLabels"]>;
}

const routes: Routes<ApolloClient> = {
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
};

/**
 * The Apollo client: `const api = apollo(new Switchboard({ baseUrl, apiKey }))`.
 */
export const apollo = (sb: Switchboard): ApolloClient => bindClient<ApolloClient>(sb, "apollo", routes);
