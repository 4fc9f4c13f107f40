// Generated from providers/keap.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/keap.js';

/**
 * Keap through the Switchboard gateway: CRM and marketing automation of a Keap (Infusionsoft) app through the REST v2 API.
 */
export interface KeapClient {
    /** Show who the connection belongs to (the authorising Keap user). `GET /crm/rest/v2/oauth/connect/userinfo` */
    getUserInfo: Call<operations["getUserInfo"]>;
    /** Page through contacts, optionally filtered, ordered and trimmed to chosen fields. `GET /crm/rest/v2/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact. `GET /crm/rest/v2/contacts/{contact_id}` */
    getContact: Call<operations["getContact"]>;
    /** Add a contact with names, email addresses and phone numbers. `POST /crm/rest/v2/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change some fields of a contact, leaving the rest as they are. `PATCH /crm/rest/v2/contacts/{contact_id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Remove a contact permanently. `DELETE /crm/rest/v2/contacts/{contact_id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** Page through the notes kept on a contact. `GET /crm/rest/v2/contacts/{contact_id}/notes` */
    listContactNotes: Paged<operations["listContactNotes"]>;
    /** Attach a note with a title and text to a contact. `POST /crm/rest/v2/contacts/{contact_id}/notes` */
    createContactNote: Call<operations["createContactNote"]>;
    /** Page through companies. `GET /crm/rest/v2/companies` */
    listCompanies: Paged<operations["listCompanies"]>;
    /** Read one company. `GET /crm/rest/v2/companies/{company_id}` */
    getCompany: Call<operations["getCompany"]>;
    /** Add a company record. `POST /crm/rest/v2/companies` */
    createCompany: Call<operations["createCompany"]>;
    /** Change some fields of a company. `PATCH /crm/rest/v2/companies/{company_id}` */
    updateCompany: Call<operations["updateCompany"]>;
    /** Remove a company. `DELETE /crm/rest/v2/companies/{company_id}` */
    deleteCompany: Call<operations["deleteCompany"]>;
    /** Page through the tags defined in the app. `GET /crm/rest/v2/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Read one tag. `GET /crm/rest/v2/tags/{tag_id}` */
    getTag: Call<operations["getTag"]>;
    /** Define a new tag, optionally inside a tag category. `POST /crm/rest/v2/tags` */
    createTag: Call<operations["createTag"]>;
    /** Rename a tag or change its description or category. `PATCH /crm/rest/v2/tags/{tag_id}` */
    updateTag: Call<operations["updateTag"]>;
    /** Remove a tag definition. `DELETE /crm/rest/v2/tags/{tag_id}` */
    deleteTag: Call<operations["deleteTag"]>;
    /** Page through the contacts that carry a tag. `GET /crm/rest/v2/tags/{tag_id}/contacts` */
    listTaggedContacts: Paged<operations["listTaggedContacts"]>;
    /** Put a tag on a list of contacts. `POST /crm/rest/v2/tags/{tag_id}/contacts:applyTags` */
    applyTagToContacts: Call<operations["applyTagToContacts"]>;
    /** Take a tag off a list of contacts. `POST /crm/rest/v2/tags/{tag_id}/contacts:removeTags` */
    removeTagFromContacts: Call<operations["removeTagFromContacts"]>;
    /** Page through the categories tags are grouped in. `GET /crm/rest/v2/tags/categories` */
    listTagCategories: Paged<operations["listTagCategories"]>;
    /** Add a category for grouping tags. `POST /crm/rest/v2/tags/categories` */
    createTagCategory: Call<operations["createTagCategory"]>;
    /** Page through tasks, e.g. only the open ones with filter=completed==false. `GET /crm/rest/v2/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read one task. `GET /crm/rest/v2/tasks/{task_id}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task, optionally tied to a contact and due at a given time. `POST /crm/rest/v2/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change a task, for example mark it done. `PATCH /crm/rest/v2/tasks/{task_id}` */
    updateTask: Call<operations["updateTask"]>;
    /** Remove a task. `DELETE /crm/rest/v2/tasks/{task_id}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** Page through sales opportunities. `GET /crm/rest/v2/opportunities` */
    listOpportunities: Paged<operations["listOpportunities"]>;
    /** Read one opportunity. `GET /crm/rest/v2/opportunities/{opportunity_id}` */
    getOpportunity: Call<operations["getOpportunity"]>;
    /** Open an opportunity for a contact at a pipeline stage. `POST /crm/rest/v2/opportunities` */
    createOpportunity: Call<operations["createOpportunity"]>;
    /** Change an opportunity, for example move it to another stage. `PATCH /crm/rest/v2/opportunities/{opportunity_id}` */
    updateOpportunity: Call<operations["updateOpportunity"]>;
    /** Remove an opportunity. `DELETE /crm/rest/v2/opportunities/{opportunity_id}` */
    deleteOpportunity: Call<operations["deleteOpportunity"]>;
    /** List the pipeline stages opportunities can be in. `GET /crm/rest/v2/opportunities/stages` */
    listOpportunityStages: Call<operations["listOpportunityStages"]>;
    /** Page through orders. `GET /crm/rest/v2/orders` */
    listOrders: Paged<operations["listOrders"]>;
    /** Read one order with its items. `GET /crm/rest/v2/orders/{order_id}` */
    getOrder: Call<operations["getOrder"]>;
    /** Create an order for a contact. `POST /crm/rest/v2/orders` */
    createOrder: Call<operations["createOrder"]>;
    /** Add a product line to an order. `POST /crm/rest/v2/orders/{order_id}/items` */
    addOrderItem: Call<operations["addOrderItem"]>;
    /** Page through products. `GET /crm/rest/v2/products` */
    listProducts: Paged<operations["listProducts"]>;
    /** Read one product. `GET /crm/rest/v2/products/{product_id}` */
    getProduct: Call<operations["getProduct"]>;
    /** Add a product with a name and price. `POST /crm/rest/v2/products` */
    createProduct: Call<operations["createProduct"]>;
    /** Page through marketing campaigns. `GET /crm/rest/v2/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** Read one campaign. `GET /crm/rest/v2/campaigns/{campaign_id}` */
    getCampaign: Call<operations["getCampaign"]>;
    /** List the sequences inside a campaign. `GET /crm/rest/v2/campaigns/{campaign_id}/sequences` */
    listCampaignSequences: Call<operations["listCampaignSequences"]>;
    /** Start a list of contacts on a campaign sequence. `POST /crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:addContacts` */
    addContactsToSequence: Call<operations["addContactsToSequence"]>;
    /** Take a list of contacts off a campaign sequence. `POST /crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:removeContacts` */
    removeContactsFromSequence: Call<operations["removeContactsFromSequence"]>;
    /** Page through the emails recorded for contacts. `GET /crm/rest/v2/emails` */
    listEmails: Paged<operations["listEmails"]>;
    /** Read one recorded email. `GET /crm/rest/v2/emails/{email_id}` */
    getEmail: Call<operations["getEmail"]>;
    /** Send an email with an HTML body to one or more contacts. `POST /crm/rest/v2/emails:send` */
    sendEmail: Call<operations["sendEmail"]>;
    /** Page through the users of the Keap app. `GET /crm/rest/v2/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** Read one Keap user. `GET /crm/rest/v2/users/{user_id}` */
    getUser: Call<operations["getUser"]>;
    /** Page through recurring-billing subscriptions. `GET /crm/rest/v2/subscriptions` */
    listSubscriptions: Paged<operations["listSubscriptions"]>;
    /** Read one subscription. `GET /crm/rest/v2/subscriptions/{subscription_id}` */
    getSubscription: Call<operations["getSubscription"]>;
    /** Page through referral partners (affiliates). `GET /crm/rest/v2/affiliates` */
    listAffiliates: Paged<operations["listAffiliates"]>;
    /** Read one affiliate. `GET /crm/rest/v2/affiliates/{affiliate_id}` */
    getAffiliate: Call<operations["getAffiliate"]>;
    /** Page through automations. `GET /crm/rest/v2/automations` */
    listAutomations: Paged<operations["listAutomations"]>;
    /** Read one automation. `GET /crm/rest/v2/automations/{automation_id}` */
    getAutomation: Call<operations["getAutomation"]>;
}

const routes: Routes<KeapClient> = {
    getUserInfo: {"method":"GET","path":"/crm/rest/v2/oauth/connect/userinfo"},
    listContacts: {"method":"GET","path":"/crm/rest/v2/contacts","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getContact: {"method":"GET","path":"/crm/rest/v2/contacts/{contact_id}"},
    createContact: {"method":"POST","path":"/crm/rest/v2/contacts","body":"application/json"},
    updateContact: {"method":"PATCH","path":"/crm/rest/v2/contacts/{contact_id}","body":"application/json","comma":["update_mask"]},
    deleteContact: {"method":"DELETE","path":"/crm/rest/v2/contacts/{contact_id}"},
    listContactNotes: {"method":"GET","path":"/crm/rest/v2/contacts/{contact_id}/notes","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    createContactNote: {"method":"POST","path":"/crm/rest/v2/contacts/{contact_id}/notes","body":"application/json"},
    listCompanies: {"method":"GET","path":"/crm/rest/v2/companies","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getCompany: {"method":"GET","path":"/crm/rest/v2/companies/{company_id}"},
    createCompany: {"method":"POST","path":"/crm/rest/v2/companies","body":"application/json"},
    updateCompany: {"method":"PATCH","path":"/crm/rest/v2/companies/{company_id}","body":"application/json","comma":["update_mask"]},
    deleteCompany: {"method":"DELETE","path":"/crm/rest/v2/companies/{company_id}"},
    listTags: {"method":"GET","path":"/crm/rest/v2/tags","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getTag: {"method":"GET","path":"/crm/rest/v2/tags/{tag_id}"},
    createTag: {"method":"POST","path":"/crm/rest/v2/tags","body":"application/json"},
    updateTag: {"method":"PATCH","path":"/crm/rest/v2/tags/{tag_id}","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/crm/rest/v2/tags/{tag_id}"},
    listTaggedContacts: {"method":"GET","path":"/crm/rest/v2/tags/{tag_id}/contacts","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    applyTagToContacts: {"method":"POST","path":"/crm/rest/v2/tags/{tag_id}/contacts:applyTags","body":"application/json"},
    removeTagFromContacts: {"method":"POST","path":"/crm/rest/v2/tags/{tag_id}/contacts:removeTags","body":"application/json"},
    listTagCategories: {"method":"GET","path":"/crm/rest/v2/tags/categories","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    createTagCategory: {"method":"POST","path":"/crm/rest/v2/tags/categories","body":"application/json"},
    listTasks: {"method":"GET","path":"/crm/rest/v2/tasks","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getTask: {"method":"GET","path":"/crm/rest/v2/tasks/{task_id}"},
    createTask: {"method":"POST","path":"/crm/rest/v2/tasks","body":"application/json"},
    updateTask: {"method":"PATCH","path":"/crm/rest/v2/tasks/{task_id}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/crm/rest/v2/tasks/{task_id}"},
    listOpportunities: {"method":"GET","path":"/crm/rest/v2/opportunities","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getOpportunity: {"method":"GET","path":"/crm/rest/v2/opportunities/{opportunity_id}"},
    createOpportunity: {"method":"POST","path":"/crm/rest/v2/opportunities","body":"application/json"},
    updateOpportunity: {"method":"PATCH","path":"/crm/rest/v2/opportunities/{opportunity_id}","body":"application/json"},
    deleteOpportunity: {"method":"DELETE","path":"/crm/rest/v2/opportunities/{opportunity_id}"},
    listOpportunityStages: {"method":"GET","path":"/crm/rest/v2/opportunities/stages"},
    listOrders: {"method":"GET","path":"/crm/rest/v2/orders","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getOrder: {"method":"GET","path":"/crm/rest/v2/orders/{order_id}"},
    createOrder: {"method":"POST","path":"/crm/rest/v2/orders","body":"application/json"},
    addOrderItem: {"method":"POST","path":"/crm/rest/v2/orders/{order_id}/items","body":"application/json"},
    listProducts: {"method":"GET","path":"/crm/rest/v2/products","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getProduct: {"method":"GET","path":"/crm/rest/v2/products/{product_id}"},
    createProduct: {"method":"POST","path":"/crm/rest/v2/products","body":"application/json"},
    listCampaigns: {"method":"GET","path":"/crm/rest/v2/campaigns","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getCampaign: {"method":"GET","path":"/crm/rest/v2/campaigns/{campaign_id}"},
    listCampaignSequences: {"method":"GET","path":"/crm/rest/v2/campaigns/{campaign_id}/sequences"},
    addContactsToSequence: {"method":"POST","path":"/crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:addContacts","body":"application/json"},
    removeContactsFromSequence: {"method":"POST","path":"/crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:removeContacts","body":"application/json"},
    listEmails: {"method":"GET","path":"/crm/rest/v2/emails","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getEmail: {"method":"GET","path":"/crm/rest/v2/emails/{email_id}"},
    sendEmail: {"method":"POST","path":"/crm/rest/v2/emails:send","body":"application/json"},
    listUsers: {"method":"GET","path":"/crm/rest/v2/users","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getUser: {"method":"GET","path":"/crm/rest/v2/users/{user_id}"},
    listSubscriptions: {"method":"GET","path":"/crm/rest/v2/subscriptions","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getSubscription: {"method":"GET","path":"/crm/rest/v2/subscriptions/{subscription_id}"},
    listAffiliates: {"method":"GET","path":"/crm/rest/v2/affiliates","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getAffiliate: {"method":"GET","path":"/crm/rest/v2/affiliates/{affiliate_id}"},
    listAutomations: {"method":"GET","path":"/crm/rest/v2/automations","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"next_page_token"}},
    getAutomation: {"method":"GET","path":"/crm/rest/v2/automations/{automation_id}"},
};

/**
 * The Keap client: `const api = keap(new Switchboard({ baseUrl, apiKey }))`.
 */
export const keap = (sb: Switchboard): KeapClient => bindClient<KeapClient>(sb, "keap", routes);
