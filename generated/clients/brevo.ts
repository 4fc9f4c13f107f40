// Generated from providers/brevo.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/brevo.js';

/**
 * Brevo through the Switchboard gateway: Contacts, lists and folders, transactional email, email templates, campaigns and senders of a Brevo (ex-Sendinblue) account.
 */
export interface BrevoClient {
    /** Read the account owner, company, plan and email credits. `GET /v3/account` */
    getAccount: Call<operations["getAccount"]>;
    /** List contacts a page at a time, optionally only those changed or created since a date. `GET /v3/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with its attributes, lists and campaign statistics. `GET /v3/contacts/{identifier}` */
    getContact: Call<operations["getContact"]>;
    /** Add a contact with attributes and list memberships, or update it when updateEnabled is set. `POST /v3/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change a contact's attributes, blocklist flags or list memberships. `PUT /v3/contacts/{identifier}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /v3/contacts/{identifier}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List the contact attributes defined in the account, by category. `GET /v3/contacts/attributes` */
    listContactAttributes: Call<operations["listContactAttributes"]>;
    /** List the contact lists with their subscriber counts. `GET /v3/contacts/lists` */
    listLists: Paged<operations["listLists"]>;
    /** Create a contact list inside a folder. `POST /v3/contacts/lists` */
    createList: Call<operations["createList"]>;
    /** Add existing contacts to a list by email address, id or ext_id (up to 150 per call). `POST /v3/contacts/lists/{listId}/contacts/add` */
    addContactsToList: Call<operations["addContactsToList"]>;
    /** List the folders that group contact lists. `GET /v3/contacts/folders` */
    listFolders: Paged<operations["listFolders"]>;
    /** Create a folder for contact lists. `POST /v3/contacts/folders` */
    createFolder: Call<operations["createFolder"]>;
    /** Send a transactional email from inline content or a stored template. `POST /v3/smtp/email` */
    sendTransactionalEmail: Call<operations["sendTransactionalEmail"]>;
    /** List delivery events (sent, opened, clicked, bounced …) of transactional email. `GET /v3/smtp/statistics/events` */
    listTransactionalEvents: Paged<operations["listTransactionalEvents"]>;
    /** List the stored email templates, optionally only active or inactive ones. `GET /v3/smtp/templates` */
    listTemplates: Paged<operations["listTemplates"]>;
    /** Store an email template with its sender, subject and HTML. `POST /v3/smtp/templates` */
    createTemplate: Call<operations["createTemplate"]>;
    /** List email campaigns, filtered by type, status or send date. `GET /v3/emailCampaigns` */
    listEmailCampaigns: Paged<operations["listEmailCampaigns"]>;
    /** Create an email campaign for lists or segments, optionally scheduled. `POST /v3/emailCampaigns` */
    createEmailCampaign: Call<operations["createEmailCampaign"]>;
    /** Send a draft email campaign immediately. `POST /v3/emailCampaigns/{campaignId}/sendNow` */
    sendEmailCampaignNow: Call<operations["sendEmailCampaignNow"]>;
    /** List the sender identities, optionally those tied to a dedicated IP or domain. `GET /v3/senders` */
    listSenders: Call<operations["listSenders"]>;
    /** Add a sender identity; Brevo emails the address to confirm it. `POST /v3/senders` */
    createSender: Call<operations["createSender"]>;
}

const routes: Routes<BrevoClient> = {
    getAccount: {"method":"GET","path":"/v3/account"},
    listContacts: {"method":"GET","path":"/v3/contacts","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"contacts","total":"count"}},
    getContact: {"method":"GET","path":"/v3/contacts/{identifier}"},
    createContact: {"method":"POST","path":"/v3/contacts","body":"application/json"},
    updateContact: {"method":"PUT","path":"/v3/contacts/{identifier}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/v3/contacts/{identifier}"},
    listContactAttributes: {"method":"GET","path":"/v3/contacts/attributes"},
    listLists: {"method":"GET","path":"/v3/contacts/lists","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"lists","total":"count"}},
    createList: {"method":"POST","path":"/v3/contacts/lists","body":"application/json"},
    addContactsToList: {"method":"POST","path":"/v3/contacts/lists/{listId}/contacts/add","body":"application/json"},
    listFolders: {"method":"GET","path":"/v3/contacts/folders","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"folders","total":"count"}},
    createFolder: {"method":"POST","path":"/v3/contacts/folders","body":"application/json"},
    sendTransactionalEmail: {"method":"POST","path":"/v3/smtp/email","body":"application/json"},
    listTransactionalEvents: {"method":"GET","path":"/v3/smtp/statistics/events","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"events"}},
    listTemplates: {"method":"GET","path":"/v3/smtp/templates","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"templates","total":"count"}},
    createTemplate: {"method":"POST","path":"/v3/smtp/templates","body":"application/json"},
    listEmailCampaigns: {"method":"GET","path":"/v3/emailCampaigns","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"campaigns","total":"count"}},
    createEmailCampaign: {"method":"POST","path":"/v3/emailCampaigns","body":"application/json"},
    sendEmailCampaignNow: {"method":"POST","path":"/v3/emailCampaigns/{campaignId}/sendNow"},
    listSenders: {"method":"GET","path":"/v3/senders"},
    createSender: {"method":"POST","path":"/v3/senders","body":"application/json"},
};

/**
 * The Brevo client: `const api = brevo(new Switchboard({ baseUrl, apiKey }))`.
 */
export const brevo = (sb: Switchboard): BrevoClient => bindClient<BrevoClient>(sb, "brevo", routes);
