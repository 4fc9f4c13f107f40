// Generated from providers/keap.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/keap.js';

/**
 * Keap through the Switchboard gateway: CRM and marketing automation of a Keap (Infusionsoft) app through the REST v2 API.
 */
export interface KeapClient {
    /**
     * Show who the connection belongs to (the authorising Keap user).
     *
     * `GET /crm/rest/v2/oauth/connect/userinfo`
     */
    getUserInfo(args?: Args<operations["getUserInfo"]>, options?: CallOptions): Promise<Result<Data<operations["getUserInfo"]>>>;
    /**
     * Page through contacts, optionally filtered, ordered and trimmed to chosen fields.
     *
     * `GET /crm/rest/v2/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact.
     *
     * `GET /crm/rest/v2/contacts/{contact_id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Add a contact with names, email addresses and phone numbers.
     *
     * `POST /crm/rest/v2/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change some fields of a contact, leaving the rest as they are.
     *
     * `PATCH /crm/rest/v2/contacts/{contact_id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Remove a contact permanently.
     *
     * `DELETE /crm/rest/v2/contacts/{contact_id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * Page through the notes kept on a contact.
     *
     * `GET /crm/rest/v2/contacts/{contact_id}/notes`
     */
    listContactNotes: {
        (args: Args<operations["listContactNotes"]>, options?: CallOptions): Promise<Result<Data<operations["listContactNotes"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listContactNotes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContactNotes"]>, void, undefined>;
    };
    /**
     * Attach a note with a title and text to a contact.
     *
     * `POST /crm/rest/v2/contacts/{contact_id}/notes`
     */
    createContactNote(args: Args<operations["createContactNote"]>, options?: CallOptions): Promise<Result<Data<operations["createContactNote"]>>>;
    /**
     * Page through companies.
     *
     * `GET /crm/rest/v2/companies`
     */
    listCompanies: {
        (args?: Args<operations["listCompanies"]>, options?: CallOptions): Promise<Result<Data<operations["listCompanies"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCompanies"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCompanies"]>, void, undefined>;
    };
    /**
     * Read one company.
     *
     * `GET /crm/rest/v2/companies/{company_id}`
     */
    getCompany(args: Args<operations["getCompany"]>, options?: CallOptions): Promise<Result<Data<operations["getCompany"]>>>;
    /**
     * Add a company record.
     *
     * `POST /crm/rest/v2/companies`
     */
    createCompany(args: Args<operations["createCompany"]>, options?: CallOptions): Promise<Result<Data<operations["createCompany"]>>>;
    /**
     * Change some fields of a company.
     *
     * `PATCH /crm/rest/v2/companies/{company_id}`
     */
    updateCompany(args: Args<operations["updateCompany"]>, options?: CallOptions): Promise<Result<Data<operations["updateCompany"]>>>;
    /**
     * Remove a company.
     *
     * `DELETE /crm/rest/v2/companies/{company_id}`
     */
    deleteCompany(args: Args<operations["deleteCompany"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCompany"]>>>;
    /**
     * Page through the tags defined in the app.
     *
     * `GET /crm/rest/v2/tags`
     */
    listTags: {
        (args?: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Read one tag.
     *
     * `GET /crm/rest/v2/tags/{tag_id}`
     */
    getTag(args: Args<operations["getTag"]>, options?: CallOptions): Promise<Result<Data<operations["getTag"]>>>;
    /**
     * Define a new tag, optionally inside a tag category.
     *
     * `POST /crm/rest/v2/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Rename a tag or change its description or category.
     *
     * `PATCH /crm/rest/v2/tags/{tag_id}`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Remove a tag definition.
     *
     * `DELETE /crm/rest/v2/tags/{tag_id}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * Page through the contacts that carry a tag.
     *
     * `GET /crm/rest/v2/tags/{tag_id}/contacts`
     */
    listTaggedContacts: {
        (args: Args<operations["listTaggedContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listTaggedContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTaggedContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTaggedContacts"]>, void, undefined>;
    };
    /**
     * Put a tag on a list of contacts.
     *
     * `POST /crm/rest/v2/tags/{tag_id}/contacts:applyTags`
     */
    applyTagToContacts(args: Args<operations["applyTagToContacts"]>, options?: CallOptions): Promise<Result<Data<operations["applyTagToContacts"]>>>;
    /**
     * Take a tag off a list of contacts.
     *
     * `POST /crm/rest/v2/tags/{tag_id}/contacts:removeTags`
     */
    removeTagFromContacts(args: Args<operations["removeTagFromContacts"]>, options?: CallOptions): Promise<Result<Data<operations["removeTagFromContacts"]>>>;
    /**
     * Page through the categories tags are grouped in.
     *
     * `GET /crm/rest/v2/tags/categories`
     */
    listTagCategories: {
        (args?: Args<operations["listTagCategories"]>, options?: CallOptions): Promise<Result<Data<operations["listTagCategories"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTagCategories"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTagCategories"]>, void, undefined>;
    };
    /**
     * Add a category for grouping tags.
     *
     * `POST /crm/rest/v2/tags/categories`
     */
    createTagCategory(args: Args<operations["createTagCategory"]>, options?: CallOptions): Promise<Result<Data<operations["createTagCategory"]>>>;
    /**
     * Page through tasks, e.g. only the open ones with filter=completed==false.
     *
     * `GET /crm/rest/v2/tasks`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read one task.
     *
     * `GET /crm/rest/v2/tasks/{task_id}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task, optionally tied to a contact and due at a given time.
     *
     * `POST /crm/rest/v2/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change a task, for example mark it done.
     *
     * `PATCH /crm/rest/v2/tasks/{task_id}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Remove a task.
     *
     * `DELETE /crm/rest/v2/tasks/{task_id}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * Page through sales opportunities.
     *
     * `GET /crm/rest/v2/opportunities`
     */
    listOpportunities: {
        (args?: Args<operations["listOpportunities"]>, options?: CallOptions): Promise<Result<Data<operations["listOpportunities"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOpportunities"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOpportunities"]>, void, undefined>;
    };
    /**
     * Read one opportunity.
     *
     * `GET /crm/rest/v2/opportunities/{opportunity_id}`
     */
    getOpportunity(args: Args<operations["getOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["getOpportunity"]>>>;
    /**
     * Open an opportunity for a contact at a pipeline stage.
     *
     * `POST /crm/rest/v2/opportunities`
     */
    createOpportunity(args: Args<operations["createOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["createOpportunity"]>>>;
    /**
     * Change an opportunity, for example move it to another stage.
     *
     * `PATCH /crm/rest/v2/opportunities/{opportunity_id}`
     */
    updateOpportunity(args: Args<operations["updateOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["updateOpportunity"]>>>;
    /**
     * Remove an opportunity.
     *
     * `DELETE /crm/rest/v2/opportunities/{opportunity_id}`
     */
    deleteOpportunity(args: Args<operations["deleteOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["deleteOpportunity"]>>>;
    /**
     * List the pipeline stages opportunities can be in.
     *
     * `GET /crm/rest/v2/opportunities/stages`
     */
    listOpportunityStages(args?: Args<operations["listOpportunityStages"]>, options?: CallOptions): Promise<Result<Data<operations["listOpportunityStages"]>>>;
    /**
     * Page through orders.
     *
     * `GET /crm/rest/v2/orders`
     */
    listOrders: {
        (args?: Args<operations["listOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrders"]>, void, undefined>;
    };
    /**
     * Read one order with its items.
     *
     * `GET /crm/rest/v2/orders/{order_id}`
     */
    getOrder(args: Args<operations["getOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getOrder"]>>>;
    /**
     * Create an order for a contact.
     *
     * `POST /crm/rest/v2/orders`
     */
    createOrder(args: Args<operations["createOrder"]>, options?: CallOptions): Promise<Result<Data<operations["createOrder"]>>>;
    /**
     * Add a product line to an order.
     *
     * `POST /crm/rest/v2/orders/{order_id}/items`
     */
    addOrderItem(args: Args<operations["addOrderItem"]>, options?: CallOptions): Promise<Result<Data<operations["addOrderItem"]>>>;
    /**
     * Page through products.
     *
     * `GET /crm/rest/v2/products`
     */
    listProducts: {
        (args?: Args<operations["listProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listProducts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProducts"]>, void, undefined>;
    };
    /**
     * Read one product.
     *
     * `GET /crm/rest/v2/products/{product_id}`
     */
    getProduct(args: Args<operations["getProduct"]>, options?: CallOptions): Promise<Result<Data<operations["getProduct"]>>>;
    /**
     * Add a product with a name and price.
     *
     * `POST /crm/rest/v2/products`
     */
    createProduct(args: Args<operations["createProduct"]>, options?: CallOptions): Promise<Result<Data<operations["createProduct"]>>>;
    /**
     * Page through marketing campaigns.
     *
     * `GET /crm/rest/v2/campaigns`
     */
    listCampaigns: {
        (args?: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * Read one campaign.
     *
     * `GET /crm/rest/v2/campaigns/{campaign_id}`
     */
    getCampaign(args: Args<operations["getCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaign"]>>>;
    /**
     * List the sequences inside a campaign.
     *
     * `GET /crm/rest/v2/campaigns/{campaign_id}/sequences`
     */
    listCampaignSequences(args: Args<operations["listCampaignSequences"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaignSequences"]>>>;
    /**
     * Start a list of contacts on a campaign sequence.
     *
     * `POST /crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:addContacts`
     */
    addContactsToSequence(args: Args<operations["addContactsToSequence"]>, options?: CallOptions): Promise<Result<Data<operations["addContactsToSequence"]>>>;
    /**
     * Take a list of contacts off a campaign sequence.
     *
     * `POST /crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:removeContacts`
     */
    removeContactsFromSequence(args: Args<operations["removeContactsFromSequence"]>, options?: CallOptions): Promise<Result<Data<operations["removeContactsFromSequence"]>>>;
    /**
     * Page through the emails recorded for contacts.
     *
     * `GET /crm/rest/v2/emails`
     */
    listEmails: {
        (args?: Args<operations["listEmails"]>, options?: CallOptions): Promise<Result<Data<operations["listEmails"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEmails"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEmails"]>, void, undefined>;
    };
    /**
     * Read one recorded email.
     *
     * `GET /crm/rest/v2/emails/{email_id}`
     */
    getEmail(args: Args<operations["getEmail"]>, options?: CallOptions): Promise<Result<Data<operations["getEmail"]>>>;
    /**
     * Send an email with an HTML body to one or more contacts.
     *
     * `POST /crm/rest/v2/emails:send`
     */
    sendEmail(args: Args<operations["sendEmail"]>, options?: CallOptions): Promise<Result<Data<operations["sendEmail"]>>>;
    /**
     * Page through the users of the Keap app.
     *
     * `GET /crm/rest/v2/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Read one Keap user.
     *
     * `GET /crm/rest/v2/users/{user_id}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Page through recurring-billing subscriptions.
     *
     * `GET /crm/rest/v2/subscriptions`
     */
    listSubscriptions: {
        (args?: Args<operations["listSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscriptions"]>, void, undefined>;
    };
    /**
     * Read one subscription.
     *
     * `GET /crm/rest/v2/subscriptions/{subscription_id}`
     */
    getSubscription(args: Args<operations["getSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscription"]>>>;
    /**
     * Page through referral partners (affiliates).
     *
     * `GET /crm/rest/v2/affiliates`
     */
    listAffiliates: {
        (args?: Args<operations["listAffiliates"]>, options?: CallOptions): Promise<Result<Data<operations["listAffiliates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAffiliates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAffiliates"]>, void, undefined>;
    };
    /**
     * Read one affiliate.
     *
     * `GET /crm/rest/v2/affiliates/{affiliate_id}`
     */
    getAffiliate(args: Args<operations["getAffiliate"]>, options?: CallOptions): Promise<Result<Data<operations["getAffiliate"]>>>;
    /**
     * Page through automations.
     *
     * `GET /crm/rest/v2/automations`
     */
    listAutomations: {
        (args?: Args<operations["listAutomations"]>, options?: CallOptions): Promise<Result<Data<operations["listAutomations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAutomations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAutomations"]>, void, undefined>;
    };
    /**
     * Read one automation.
     *
     * `GET /crm/rest/v2/automations/{automation_id}`
     */
    getAutomation(args: Args<operations["getAutomation"]>, options?: CallOptions): Promise<Result<Data<operations["getAutomation"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Keap client: `const api = keap(new Switchboard({ baseUrl, apiKey }))`.
 */
export function keap(client: Switchboard): KeapClient {
    const app = "keap";
    return {
        getUserInfo: (args, options) => client.call(app, routes.getUserInfo, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as KeapClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listContactNotes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContactNotes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContactNotes, args, options) }) as KeapClient["listContactNotes"],
        createContactNote: (args, options) => client.call(app, routes.createContactNote, args, options),
        listCompanies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCompanies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCompanies, args, options) }) as KeapClient["listCompanies"],
        getCompany: (args, options) => client.call(app, routes.getCompany, args, options),
        createCompany: (args, options) => client.call(app, routes.createCompany, args, options),
        updateCompany: (args, options) => client.call(app, routes.updateCompany, args, options),
        deleteCompany: (args, options) => client.call(app, routes.deleteCompany, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as KeapClient["listTags"],
        getTag: (args, options) => client.call(app, routes.getTag, args, options),
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        listTaggedContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTaggedContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTaggedContacts, args, options) }) as KeapClient["listTaggedContacts"],
        applyTagToContacts: (args, options) => client.call(app, routes.applyTagToContacts, args, options),
        removeTagFromContacts: (args, options) => client.call(app, routes.removeTagFromContacts, args, options),
        listTagCategories: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTagCategories, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTagCategories, args, options) }) as KeapClient["listTagCategories"],
        createTagCategory: (args, options) => client.call(app, routes.createTagCategory, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as KeapClient["listTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listOpportunities: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOpportunities, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOpportunities, args, options) }) as KeapClient["listOpportunities"],
        getOpportunity: (args, options) => client.call(app, routes.getOpportunity, args, options),
        createOpportunity: (args, options) => client.call(app, routes.createOpportunity, args, options),
        updateOpportunity: (args, options) => client.call(app, routes.updateOpportunity, args, options),
        deleteOpportunity: (args, options) => client.call(app, routes.deleteOpportunity, args, options),
        listOpportunityStages: (args, options) => client.call(app, routes.listOpportunityStages, args, options),
        listOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrders, args, options) }) as KeapClient["listOrders"],
        getOrder: (args, options) => client.call(app, routes.getOrder, args, options),
        createOrder: (args, options) => client.call(app, routes.createOrder, args, options),
        addOrderItem: (args, options) => client.call(app, routes.addOrderItem, args, options),
        listProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProducts, args, options) }) as KeapClient["listProducts"],
        getProduct: (args, options) => client.call(app, routes.getProduct, args, options),
        createProduct: (args, options) => client.call(app, routes.createProduct, args, options),
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as KeapClient["listCampaigns"],
        getCampaign: (args, options) => client.call(app, routes.getCampaign, args, options),
        listCampaignSequences: (args, options) => client.call(app, routes.listCampaignSequences, args, options),
        addContactsToSequence: (args, options) => client.call(app, routes.addContactsToSequence, args, options),
        removeContactsFromSequence: (args, options) => client.call(app, routes.removeContactsFromSequence, args, options),
        listEmails: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEmails, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEmails, args, options) }) as KeapClient["listEmails"],
        getEmail: (args, options) => client.call(app, routes.getEmail, args, options),
        sendEmail: (args, options) => client.call(app, routes.sendEmail, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as KeapClient["listUsers"],
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscriptions, args, options) }) as KeapClient["listSubscriptions"],
        getSubscription: (args, options) => client.call(app, routes.getSubscription, args, options),
        listAffiliates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAffiliates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAffiliates, args, options) }) as KeapClient["listAffiliates"],
        getAffiliate: (args, options) => client.call(app, routes.getAffiliate, args, options),
        listAutomations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAutomations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAutomations, args, options) }) as KeapClient["listAutomations"],
        getAutomation: (args, options) => client.call(app, routes.getAutomation, args, options),
    };
}