// Generated from providers/jobber.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Operation, type Routes, type Switchboard } from '@switchboard/sdk';
import type { components, operations } from '../types/jobber.js';

/**
 * Jobber through the Switchboard gateway: Clients, properties, jobs, quotes, invoices and users of a Jobber field-service account through its GraphQL API.
 */
export interface JobberClient {
    /** Send any GraphQL query or mutation with its variables. `POST /graphql` */
    graphql: Call<operations["graphql"]>;
    /** Read the Jobber account the connection belongs to. `POST /graphql` */
    getAccount: Operation<Record<string, unknown>, components["schemas"]["GetAccountResponse"]>;
    /** List clients with their email addresses and phone numbers, a page at a time. `POST /graphql` */
    listClients: Operation<components["schemas"]["ListClientsVariables"], components["schemas"]["ListClientsResponse"]>;
    /** Read one client by id. `POST /graphql` */
    getClient: Operation<components["schemas"]["GetClientVariables"], components["schemas"]["GetClientResponse"]>;
    /** Create a client from names, emails and other contact details. `POST /graphql` */
    createClient: Operation<components["schemas"]["CreateClientVariables"], components["schemas"]["CreateClientResponse"]>;
    /** List jobs with their number, status and client, a page at a time. `POST /graphql` */
    listJobs: Operation<components["schemas"]["ListJobsVariables"], components["schemas"]["ListJobsResponse"]>;
    /** Create a job for a client. `POST /graphql` */
    createJob: Operation<components["schemas"]["CreateJobVariables"], components["schemas"]["CreateJobResponse"]>;
    /** List invoices with their number, total and status, a page at a time. `POST /graphql` */
    listInvoices: Operation<components["schemas"]["ListInvoicesVariables"], components["schemas"]["ListInvoicesResponse"]>;
    /** List quotes with their number, title and status, a page at a time. `POST /graphql` */
    listQuotes: Operation<components["schemas"]["ListQuotesVariables"], components["schemas"]["ListQuotesResponse"]>;
    /** List service properties with their street address and client. `POST /graphql` */
    listProperties: Operation<components["schemas"]["ListPropertiesVariables"], components["schemas"]["ListPropertiesResponse"]>;
    /** List the account's users with their full name and email. `POST /graphql` */
    listUsers: Operation<components["schemas"]["ListUsersVariables"], components["schemas"]["ListUsersResponse"]>;
}

const routes: Routes<JobberClient> = {
    graphql: {"method":"POST","path":"/graphql","body":"application/json"},
    getAccount: {"method":"POST","path":"/graphql","graphql":{"document":"query Account { account { id name } }","operationName":"Account"}},
    listClients: {"method":"POST","path":"/graphql","graphql":{"document":"query Clients($first: Int, $after: String) { clients(first: $first, after: $after) { nodes { id name emails { address } phones { number } } pageInfo { hasNextPage endCursor } } }","operationName":"Clients"}},
    getClient: {"method":"POST","path":"/graphql","graphql":{"document":"query Client($id: EncodedId!) { client(id: $id) { id name emails { address } } }","operationName":"Client"}},
    createClient: {"method":"POST","path":"/graphql","graphql":{"document":"mutation ClientCreate($input: ClientCreateInput!) { clientCreate(input: $input) { client { id name } userErrors { message path } } }","operationName":"ClientCreate"}},
    listJobs: {"method":"POST","path":"/graphql","graphql":{"document":"query Jobs($first: Int, $after: String) { jobs(first: $first, after: $after) { nodes { id title jobNumber jobStatus client { name } } pageInfo { hasNextPage endCursor } } }","operationName":"Jobs"}},
    createJob: {"method":"POST","path":"/graphql","graphql":{"document":"mutation JobCreate($input: JobCreateInput!) { jobCreate(input: $input) { job { id jobNumber } userErrors { message path } } }","operationName":"JobCreate"}},
    listInvoices: {"method":"POST","path":"/graphql","graphql":{"document":"query Invoices($first: Int, $after: String) { invoices(first: $first, after: $after) { nodes { id invoiceNumber total invoiceStatus } pageInfo { hasNextPage endCursor } } }","operationName":"Invoices"}},
    listQuotes: {"method":"POST","path":"/graphql","graphql":{"document":"query Quotes($first: Int, $after: String) { quotes(first: $first, after: $after) { nodes { id quoteNumber title quoteStatus } pageInfo { hasNextPage endCursor } } }","operationName":"Quotes"}},
    listProperties: {"method":"POST","path":"/graphql","graphql":{"document":"query Properties($first: Int, $after: String) { properties(first: $first, after: $after) { nodes { id address { street city } client { name } } pageInfo { hasNextPage endCursor } } }","operationName":"Properties"}},
    listUsers: {"method":"POST","path":"/graphql","graphql":{"document":"query Users($first: Int, $after: String) { users(first: $first, after: $after) { nodes { id name { full } email { raw } } pageInfo { hasNextPage endCursor } } }","operationName":"Users"}},
};

/**
 * The Jobber client: `const api = jobber(new Switchboard({ baseUrl, apiKey }))`.
 */
export const jobber = (sb: Switchboard): JobberClient => bindClient<JobberClient>(sb, "jobber", routes);
