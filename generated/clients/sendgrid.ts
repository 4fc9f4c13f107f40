// Generated from providers/sendgrid.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/sendgrid.js';

/**
 * SendGrid through the Switchboard gateway: Mail sending, marketing contacts, lists and segments, templates, sender identities, suppressions, statistics and API keys of a Twilio SendGrid account.
 */
export interface SendgridClient {
    /** Send an email to one or more recipients, inline or from a template. `POST /v3/mail/send` */
    sendMail: Call<operations["sendMail"]>;
    /** Read the name, company and postal details of the account's user. `GET /v3/user/profile` */
    getUserProfile: Call<operations["getUserProfile"]>;
    /** Read the account type (free or paid) and sender reputation. `GET /v3/user/account` */
    getUserAccount: Call<operations["getUserAccount"]>;
    /** Return a sample of up to 50 of the most recent contacts and the total count. `GET /v3/marketing/contacts` */
    listContacts: Call<operations["listContacts"]>;
    /** Add or update up to 30,000 contacts, optionally adding them to lists, as a background job. `PUT /v3/marketing/contacts` */
    upsertContacts: Call<operations["upsertContacts"]>;
    /** Delete contacts by id, or every contact, as a background job. `DELETE /v3/marketing/contacts` */
    deleteContacts: Call<operations["deleteContacts"]>;
    /** Find contacts with an SGQL condition (up to 100 results). `POST /v3/marketing/contacts/search` */
    searchContacts: Call<operations["searchContacts"]>;
    /** List marketing lists with their contact counts. `GET /v3/marketing/lists` */
    listLists: Paged<operations["listLists"]>;
    /** Create a marketing list. `POST /v3/marketing/lists` */
    createList: Call<operations["createList"]>;
    /** Read a marketing list, optionally with a sample of its contacts. `GET /v3/marketing/lists/{list_id}` */
    getList: Call<operations["getList"]>;
    /** Rename a marketing list. `PATCH /v3/marketing/lists/{list_id}` */
    updateList: Call<operations["updateList"]>;
    /** Delete a marketing list, and optionally the contacts on it. `DELETE /v3/marketing/lists/{list_id}` */
    deleteList: Call<operations["deleteList"]>;
    /** List segments, optionally by id or by the list they are built on. `GET /v3/marketing/segments` */
    listSegments: Call<operations["listSegments"]>;
    /** Create a segment from an SGQL condition, over all contacts or one list. `POST /v3/marketing/segments/2.0` */
    createSegment: Call<operations["createSegment"]>;
    /** Delete a segment (its contacts stay). `DELETE /v3/marketing/segments/{segment_id}` */
    deleteSegment: Call<operations["deleteSegment"]>;
    /** List transactional templates of the legacy or dynamic generation. `GET /v3/templates` */
    listTemplates: Paged<operations["listTemplates"]>;
    /** Create a transactional template (versions with content are added separately). `POST /v3/templates` */
    createTemplate: Call<operations["createTemplate"]>;
    /** Read a template with all of its versions. `GET /v3/templates/{template_id}` */
    getTemplate: Call<operations["getTemplate"]>;
    /** Rename a template. `PATCH /v3/templates/{template_id}` */
    updateTemplate: Call<operations["updateTemplate"]>;
    /** Delete a template and its versions. `DELETE /v3/templates/{template_id}` */
    deleteTemplate: Call<operations["deleteTemplate"]>;
    /** List the sender identities used by marketing campaigns. `GET /v3/senders` */
    listSenders: Call<operations["listSenders"]>;
    /** Create a sender identity with its from address and postal address; SendGrid asks the address to verify. `POST /v3/senders` */
    createSender: Call<operations["createSender"]>;
    /** Change fields of a sender identity (a new from address needs verifying again). `PATCH /v3/senders/{sender_id}` */
    updateSender: Call<operations["updateSender"]>;
    /** Delete a sender identity. `DELETE /v3/senders/{sender_id}` */
    deleteSender: Call<operations["deleteSender"]>;
    /** List addresses that bounced, newest first. `GET /v3/suppression/bounces` */
    listBounces: Paged<operations["listBounces"]>;
    /** List addresses whose receiving server refused mail. `GET /v3/suppression/blocks` */
    listBlocks: Paged<operations["listBlocks"]>;
    /** List addresses rejected as malformed or non-existent. `GET /v3/suppression/invalid_emails` */
    listInvalidEmails: Paged<operations["listInvalidEmails"]>;
    /** List addresses whose owners marked mail as spam. `GET /v3/suppression/spam_reports` */
    listSpamReports: Paged<operations["listSpamReports"]>;
    /** List addresses that unsubscribed from all email of the account. `GET /v3/suppression/unsubscribes` */
    listGlobalUnsubscribes: Paged<operations["listGlobalUnsubscribes"]>;
    /** List the unsubscribe groups (suppression groups) recipients can opt out of. `GET /v3/asm/groups` */
    listUnsubscribeGroups: Call<operations["listUnsubscribeGroups"]>;
    /** Create an unsubscribe group. `POST /v3/asm/groups` */
    createUnsubscribeGroup: Call<operations["createUnsubscribeGroup"]>;
    /** Change the name, description or default flag of an unsubscribe group. `PATCH /v3/asm/groups/{group_id}` */
    updateUnsubscribeGroup: Call<operations["updateUnsubscribeGroup"]>;
    /** Delete an unsubscribe group (its unsubscribes are dropped with it). `DELETE /v3/asm/groups/{group_id}` */
    deleteUnsubscribeGroup: Call<operations["deleteUnsubscribeGroup"]>;
    /** Email activity totals (requests, deliveries, opens, clicks, bounces …) per day, week or month. `GET /v3/stats` */
    getGlobalStats: Paged<operations["getGlobalStats"]>;
    /** Email activity per category for up to 10 categories. `GET /v3/categories/stats` */
    getCategoryStats: Paged<operations["getCategoryStats"]>;
    /** Email activity broken down by receiving mailbox provider (Gmail, Outlook …). `GET /v3/mailbox_providers/stats` */
    getMailboxProviderStats: Paged<operations["getMailboxProviderStats"]>;
    /** List the account's API keys by id and name (secrets are never shown again). `GET /v3/api_keys` */
    listApiKeys: Call<operations["listApiKeys"]>;
    /** Create an API key with a set of scopes; the secret is only returned in this answer. `POST /v3/api_keys` */
    createApiKey: Call<operations["createApiKey"]>;
    /** Rename an API key. `PATCH /v3/api_keys/{api_key_id}` */
    updateApiKey: Call<operations["updateApiKey"]>;
    /** Revoke an API key. `DELETE /v3/api_keys/{api_key_id}` */
    deleteApiKey: Call<operations["deleteApiKey"]>;
}

const routes: Routes<SendgridClient> = {
    sendMail: {"method":"POST","path":"/v3/mail/send","body":"application/json"},
    getUserProfile: {"method":"GET","path":"/v3/user/profile"},
    getUserAccount: {"method":"GET","path":"/v3/user/account"},
    listContacts: {"method":"GET","path":"/v3/marketing/contacts"},
    upsertContacts: {"method":"PUT","path":"/v3/marketing/contacts","body":"application/json"},
    deleteContacts: {"method":"DELETE","path":"/v3/marketing/contacts","comma":["ids"]},
    searchContacts: {"method":"POST","path":"/v3/marketing/contacts/search","body":"application/json"},
    listLists: {"method":"GET","path":"/v3/marketing/lists","paging":{"style":"url","nextUrl":"_metadata.next"}},
    createList: {"method":"POST","path":"/v3/marketing/lists","body":"application/json"},
    getList: {"method":"GET","path":"/v3/marketing/lists/{list_id}"},
    updateList: {"method":"PATCH","path":"/v3/marketing/lists/{list_id}","body":"application/json"},
    deleteList: {"method":"DELETE","path":"/v3/marketing/lists/{list_id}"},
    listSegments: {"method":"GET","path":"/v3/marketing/segments","comma":["ids"]},
    createSegment: {"method":"POST","path":"/v3/marketing/segments/2.0","body":"application/json"},
    deleteSegment: {"method":"DELETE","path":"/v3/marketing/segments/{segment_id}"},
    listTemplates: {"method":"GET","path":"/v3/templates","paging":{"style":"url","nextUrl":"_metadata.next"}},
    createTemplate: {"method":"POST","path":"/v3/templates","body":"application/json"},
    getTemplate: {"method":"GET","path":"/v3/templates/{template_id}"},
    updateTemplate: {"method":"PATCH","path":"/v3/templates/{template_id}","body":"application/json"},
    deleteTemplate: {"method":"DELETE","path":"/v3/templates/{template_id}"},
    listSenders: {"method":"GET","path":"/v3/senders"},
    createSender: {"method":"POST","path":"/v3/senders","body":"application/json"},
    updateSender: {"method":"PATCH","path":"/v3/senders/{sender_id}","body":"application/json"},
    deleteSender: {"method":"DELETE","path":"/v3/senders/{sender_id}"},
    listBounces: {"method":"GET","path":"/v3/suppression/bounces","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listBlocks: {"method":"GET","path":"/v3/suppression/blocks","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listInvalidEmails: {"method":"GET","path":"/v3/suppression/invalid_emails","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listSpamReports: {"method":"GET","path":"/v3/suppression/spam_reports","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listGlobalUnsubscribes: {"method":"GET","path":"/v3/suppression/unsubscribes","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listUnsubscribeGroups: {"method":"GET","path":"/v3/asm/groups"},
    createUnsubscribeGroup: {"method":"POST","path":"/v3/asm/groups","body":"application/json"},
    updateUnsubscribeGroup: {"method":"PATCH","path":"/v3/asm/groups/{group_id}","body":"application/json"},
    deleteUnsubscribeGroup: {"method":"DELETE","path":"/v3/asm/groups/{group_id}"},
    getGlobalStats: {"method":"GET","path":"/v3/stats","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    getCategoryStats: {"method":"GET","path":"/v3/categories/stats","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    getMailboxProviderStats: {"method":"GET","path":"/v3/mailbox_providers/stats","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listApiKeys: {"method":"GET","path":"/v3/api_keys"},
    createApiKey: {"method":"POST","path":"/v3/api_keys","body":"application/json"},
    updateApiKey: {"method":"PATCH","path":"/v3/api_keys/{api_key_id}","body":"application/json"},
    deleteApiKey: {"method":"DELETE","path":"/v3/api_keys/{api_key_id}"},
};

/**
 * The SendGrid client: `const api = sendgrid(new Switchboard({ baseUrl, apiKey }))`.
 */
export const sendgrid = (sb: Switchboard): SendgridClient => bindClient<SendgridClient>(sb, "sendgrid", routes);
