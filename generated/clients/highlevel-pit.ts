// Generated from providers/highlevel-pit.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/highlevel-pit.js';

/**
 * GoHighLevel (PIT) through the Switchboard gateway: HighLevel (LeadConnector) API v2 with a private integration token - sub-accounts, contacts, opportunities, calendars, conversations, payments and more.
 */
export interface HighlevelPitClient {
    /**
     * Find the agency's sub-accounts, optionally by email, a page at a time.
     *
     * `GET /locations/search`
     */
    searchLocations: {
        (args: Args<operations["searchLocations"]>, options?: CallOptions): Promise<Result<Data<operations["searchLocations"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchLocations"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchLocations"]>, void, undefined>;
    };
    /**
     * Read one sub-account's profile and settings.
     *
     * `GET /locations/{locationId}`
     */
    getLocation(args: Args<operations["getLocation"]>, options?: CallOptions): Promise<Result<Data<operations["getLocation"]>>>;
    /**
     * Create a sub-account under the agency.
     *
     * `POST /locations/`
     */
    createLocation(args: Args<operations["createLocation"]>, options?: CallOptions): Promise<Result<Data<operations["createLocation"]>>>;
    /**
     * Change a sub-account's profile.
     *
     * `PUT /locations/{locationId}`
     */
    updateLocation(args: Args<operations["updateLocation"]>, options?: CallOptions): Promise<Result<Data<operations["updateLocation"]>>>;
    /**
     * Delete a sub-account, optionally closing its Twilio account too.
     *
     * `DELETE /locations/{locationId}`
     */
    deleteLocation(args: Args<operations["deleteLocation"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLocation"]>>>;
    /**
     * List the agency's own and imported snapshots.
     *
     * `GET /snapshots/`
     */
    listSnapshots(args: Args<operations["listSnapshots"]>, options?: CallOptions): Promise<Result<Data<operations["listSnapshots"]>>>;
    /**
     * List or search a sub-account's contacts, a page at a time.
     *
     * `GET /contacts/`
     */
    listContacts: {
        (args: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with its tags and custom fields.
     *
     * `GET /contacts/{contactId}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a contact in a sub-account.
     *
     * `POST /contacts/`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change fields of a contact; the tags sent replace the existing ones.
     *
     * `PUT /contacts/{contactId}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /contacts/{contactId}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * Add tags to a contact, keeping the ones it has.
     *
     * `POST /contacts/{contactId}/tags`
     */
    addContactTags(args: Args<operations["addContactTags"]>, options?: CallOptions): Promise<Result<Data<operations["addContactTags"]>>>;
    /**
     * Take the given tags off a contact.
     *
     * `DELETE /contacts/{contactId}/tags`
     */
    removeContactTags(args: Args<operations["removeContactTags"]>, options?: CallOptions): Promise<Result<Data<operations["removeContactTags"]>>>;
    /**
     * List the notes on a contact.
     *
     * `GET /contacts/{contactId}/notes`
     */
    listContactNotes(args: Args<operations["listContactNotes"]>, options?: CallOptions): Promise<Result<Data<operations["listContactNotes"]>>>;
    /**
     * Add a note to a contact.
     *
     * `POST /contacts/{contactId}/notes`
     */
    createContactNote(args: Args<operations["createContactNote"]>, options?: CallOptions): Promise<Result<Data<operations["createContactNote"]>>>;
    /**
     * Rewrite a note on a contact.
     *
     * `PUT /contacts/{contactId}/notes/{noteId}`
     */
    updateContactNote(args: Args<operations["updateContactNote"]>, options?: CallOptions): Promise<Result<Data<operations["updateContactNote"]>>>;
    /**
     * Delete a note from a contact.
     *
     * `DELETE /contacts/{contactId}/notes/{noteId}`
     */
    deleteContactNote(args: Args<operations["deleteContactNote"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContactNote"]>>>;
    /**
     * List the tasks on a contact.
     *
     * `GET /contacts/{contactId}/tasks`
     */
    listContactTasks(args: Args<operations["listContactTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listContactTasks"]>>>;
    /**
     * Add a task to a contact; completed must be sent.
     *
     * `POST /contacts/{contactId}/tasks`
     */
    createContactTask(args: Args<operations["createContactTask"]>, options?: CallOptions): Promise<Result<Data<operations["createContactTask"]>>>;
    /**
     * Change a task on a contact, such as marking it done.
     *
     * `PUT /contacts/{contactId}/tasks/{taskId}`
     */
    updateContactTask(args: Args<operations["updateContactTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateContactTask"]>>>;
    /**
     * Delete a task from a contact.
     *
     * `DELETE /contacts/{contactId}/tasks/{taskId}`
     */
    deleteContactTask(args: Args<operations["deleteContactTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContactTask"]>>>;
    /**
     * Search a sub-account's opportunities by pipeline, stage, status, contact or text.
     *
     * `GET /opportunities/search`
     */
    searchOpportunities: {
        (args: Args<operations["searchOpportunities"]>, options?: CallOptions): Promise<Result<Data<operations["searchOpportunities"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchOpportunities"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchOpportunities"]>, void, undefined>;
    };
    /**
     * Read one opportunity.
     *
     * `GET /opportunities/{opportunityId}`
     */
    getOpportunity(args: Args<operations["getOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["getOpportunity"]>>>;
    /**
     * Create an opportunity for a contact in a pipeline stage.
     *
     * `POST /opportunities/`
     */
    createOpportunity(args: Args<operations["createOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["createOpportunity"]>>>;
    /**
     * Change an opportunity; pipelineId must be sent every time.
     *
     * `PUT /opportunities/{opportunityId}`
     */
    updateOpportunity(args: Args<operations["updateOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["updateOpportunity"]>>>;
    /**
     * Delete an opportunity.
     *
     * `DELETE /opportunities/{opportunityId}`
     */
    deleteOpportunity(args: Args<operations["deleteOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["deleteOpportunity"]>>>;
    /**
     * List a sub-account's pipelines with their stages.
     *
     * `GET /opportunities/pipelines`
     */
    listPipelines(args: Args<operations["listPipelines"]>, options?: CallOptions): Promise<Result<Data<operations["listPipelines"]>>>;
    /**
     * List a sub-account's calendars, optionally in one group.
     *
     * `GET /calendars/`
     */
    listCalendars(args: Args<operations["listCalendars"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendars"]>>>;
    /**
     * Read one calendar's settings.
     *
     * `GET /calendars/{calendarId}`
     */
    getCalendar(args: Args<operations["getCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["getCalendar"]>>>;
    /**
     * Create a booking calendar in a sub-account.
     *
     * `POST /calendars/`
     */
    createCalendar(args: Args<operations["createCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["createCalendar"]>>>;
    /**
     * Change a calendar's settings; leave locationId out of the body.
     *
     * `PUT /calendars/{calendarId}`
     */
    updateCalendar(args: Args<operations["updateCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["updateCalendar"]>>>;
    /**
     * Delete a calendar.
     *
     * `DELETE /calendars/{calendarId}`
     */
    deleteCalendar(args: Args<operations["deleteCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCalendar"]>>>;
    /**
     * List appointments in a time window for one calendar, group or user.
     *
     * `GET /calendars/events`
     */
    listCalendarEvents(args: Args<operations["listCalendarEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendarEvents"]>>>;
    /**
     * List bookable slots of a calendar between two dates.
     *
     * `GET /calendars/{calendarId}/free-slots`
     */
    getFreeSlots(args: Args<operations["getFreeSlots"]>, options?: CallOptions): Promise<Result<Data<operations["getFreeSlots"]>>>;
    /**
     * List a sub-account's calendar groups.
     *
     * `GET /calendars/groups`
     */
    listCalendarGroups(args: Args<operations["listCalendarGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendarGroups"]>>>;
    /**
     * Search a sub-account's conversations by contact, assignee, status or text.
     *
     * `GET /conversations/search`
     */
    searchConversations(args: Args<operations["searchConversations"]>, options?: CallOptions): Promise<Result<Data<operations["searchConversations"]>>>;
    /**
     * Read one conversation.
     *
     * `GET /conversations/{conversationId}`
     */
    getConversation(args: Args<operations["getConversation"]>, options?: CallOptions): Promise<Result<Data<operations["getConversation"]>>>;
    /**
     * List the messages of a conversation, newest first.
     *
     * `GET /conversations/{conversationId}/messages`
     */
    listConversationMessages: {
        (args: Args<operations["listConversationMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listConversationMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listConversationMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listConversationMessages"]>, void, undefined>;
    };
    /**
     * Start a conversation with a contact.
     *
     * `POST /conversations/`
     */
    createConversation(args: Args<operations["createConversation"]>, options?: CallOptions): Promise<Result<Data<operations["createConversation"]>>>;
    /**
     * List the users who have access to a sub-account.
     *
     * `GET /users/`
     */
    listUsers(args: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
    /**
     * List the tags defined in a sub-account.
     *
     * `GET /locations/{locationId}/tags`
     */
    listLocationTags(args: Args<operations["listLocationTags"]>, options?: CallOptions): Promise<Result<Data<operations["listLocationTags"]>>>;
    /**
     * Define a new tag in a sub-account.
     *
     * `POST /locations/{locationId}/tags`
     */
    createLocationTag(args: Args<operations["createLocationTag"]>, options?: CallOptions): Promise<Result<Data<operations["createLocationTag"]>>>;
    /**
     * Read one tag of a sub-account.
     *
     * `GET /locations/{locationId}/tags/{tagId}`
     */
    getLocationTag(args: Args<operations["getLocationTag"]>, options?: CallOptions): Promise<Result<Data<operations["getLocationTag"]>>>;
    /**
     * Rename a tag.
     *
     * `PUT /locations/{locationId}/tags/{tagId}`
     */
    updateLocationTag(args: Args<operations["updateLocationTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateLocationTag"]>>>;
    /**
     * Delete a tag from a sub-account.
     *
     * `DELETE /locations/{locationId}/tags/{tagId}`
     */
    deleteLocationTag(args: Args<operations["deleteLocationTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLocationTag"]>>>;
    /**
     * List a sub-account's custom fields for contacts, opportunities or both.
     *
     * `GET /locations/{locationId}/customFields`
     */
    listCustomFields(args: Args<operations["listCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomFields"]>>>;
    /**
     * Define a custom field on contacts or opportunities.
     *
     * `POST /locations/{locationId}/customFields`
     */
    createCustomField(args: Args<operations["createCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomField"]>>>;
    /**
     * Read one custom field definition.
     *
     * `GET /locations/{locationId}/customFields/{fieldId}`
     */
    getCustomField(args: Args<operations["getCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["getCustomField"]>>>;
    /**
     * Change a custom field definition.
     *
     * `PUT /locations/{locationId}/customFields/{fieldId}`
     */
    updateCustomField(args: Args<operations["updateCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["updateCustomField"]>>>;
    /**
     * Delete a custom field definition.
     *
     * `DELETE /locations/{locationId}/customFields/{fieldId}`
     */
    deleteCustomField(args: Args<operations["deleteCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCustomField"]>>>;
    /**
     * List a sub-account's custom values (reusable merge fields).
     *
     * `GET /locations/{locationId}/customValues`
     */
    listCustomValues(args: Args<operations["listCustomValues"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomValues"]>>>;
    /**
     * Define a custom value.
     *
     * `POST /locations/{locationId}/customValues`
     */
    createCustomValue(args: Args<operations["createCustomValue"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomValue"]>>>;
    /**
     * Read one custom value.
     *
     * `GET /locations/{locationId}/customValues/{valueId}`
     */
    getCustomValue(args: Args<operations["getCustomValue"]>, options?: CallOptions): Promise<Result<Data<operations["getCustomValue"]>>>;
    /**
     * Change a custom value's name or value.
     *
     * `PUT /locations/{locationId}/customValues/{valueId}`
     */
    updateCustomValue(args: Args<operations["updateCustomValue"]>, options?: CallOptions): Promise<Result<Data<operations["updateCustomValue"]>>>;
    /**
     * Delete a custom value.
     *
     * `DELETE /locations/{locationId}/customValues/{valueId}`
     */
    deleteCustomValue(args: Args<operations["deleteCustomValue"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCustomValue"]>>>;
    /**
     * List the businesses (companies) recorded in a sub-account.
     *
     * `GET /businesses/`
     */
    listBusinesses(args: Args<operations["listBusinesses"]>, options?: CallOptions): Promise<Result<Data<operations["listBusinesses"]>>>;
    /**
     * Read one business.
     *
     * `GET /businesses/{businessId}`
     */
    getBusiness(args: Args<operations["getBusiness"]>, options?: CallOptions): Promise<Result<Data<operations["getBusiness"]>>>;
    /**
     * Record a business in a sub-account.
     *
     * `POST /businesses/`
     */
    createBusiness(args: Args<operations["createBusiness"]>, options?: CallOptions): Promise<Result<Data<operations["createBusiness"]>>>;
    /**
     * Change a business's details.
     *
     * `PUT /businesses/{businessId}`
     */
    updateBusiness(args: Args<operations["updateBusiness"]>, options?: CallOptions): Promise<Result<Data<operations["updateBusiness"]>>>;
    /**
     * Delete a business.
     *
     * `DELETE /businesses/{businessId}`
     */
    deleteBusiness(args: Args<operations["deleteBusiness"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBusiness"]>>>;
    /**
     * List a sub-account's products, optionally searched by name.
     *
     * `GET /products/`
     */
    listProducts: {
        (args: Args<operations["listProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listProducts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProducts"]>, void, undefined>;
    };
    /**
     * Read one product.
     *
     * `GET /products/{productId}`
     */
    getProduct(args: Args<operations["getProduct"]>, options?: CallOptions): Promise<Result<Data<operations["getProduct"]>>>;
    /**
     * Create a product; prices are added separately.
     *
     * `POST /products/`
     */
    createProduct(args: Args<operations["createProduct"]>, options?: CallOptions): Promise<Result<Data<operations["createProduct"]>>>;
    /**
     * Delete a product.
     *
     * `DELETE /products/{productId}`
     */
    deleteProduct(args: Args<operations["deleteProduct"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProduct"]>>>;
    /**
     * List a sub-account's invoices, optionally by status, contact or date.
     *
     * `GET /invoices/`
     */
    listInvoices: {
        (args: Args<operations["listInvoices"]>, options?: CallOptions): Promise<Result<Data<operations["listInvoices"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listInvoices"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvoices"]>, void, undefined>;
    };
    /**
     * List a sub-account's orders.
     *
     * `GET /payments/orders`
     */
    listOrders: {
        (args: Args<operations["listOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listOrders"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrders"]>, void, undefined>;
    };
    /**
     * List a sub-account's payment transactions.
     *
     * `GET /payments/transactions`
     */
    listTransactions: {
        (args: Args<operations["listTransactions"]>, options?: CallOptions): Promise<Result<Data<operations["listTransactions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTransactions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTransactions"]>, void, undefined>;
    };
    /**
     * List a sub-account's recurring payment subscriptions.
     *
     * `GET /payments/subscriptions`
     */
    listSubscriptions: {
        (args: Args<operations["listSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscriptions"]>, void, undefined>;
    };
    /**
     * List a sub-account's trigger links.
     *
     * `GET /links/`
     */
    listLinks(args: Args<operations["listLinks"]>, options?: CallOptions): Promise<Result<Data<operations["listLinks"]>>>;
    /**
     * Create a trigger link that redirects to a URL and can start workflows.
     *
     * `POST /links/`
     */
    createLink(args: Args<operations["createLink"]>, options?: CallOptions): Promise<Result<Data<operations["createLink"]>>>;
    /**
     * Change a trigger link's name or target.
     *
     * `PUT /links/{linkId}`
     */
    updateLink(args: Args<operations["updateLink"]>, options?: CallOptions): Promise<Result<Data<operations["updateLink"]>>>;
    /**
     * Delete a trigger link.
     *
     * `DELETE /links/{linkId}`
     */
    deleteLink(args: Args<operations["deleteLink"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLink"]>>>;
    /**
     * List a sub-account's workflows and whether they are published.
     *
     * `GET /workflows/`
     */
    listWorkflows(args: Args<operations["listWorkflows"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkflows"]>>>;
    /**
     * List a sub-account's campaigns.
     *
     * `GET /campaigns/`
     */
    listCampaigns(args: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
    /**
     * List a sub-account's forms.
     *
     * `GET /forms/`
     */
    listForms: {
        (args: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listForms"]>, options?: CallOptions): AsyncGenerator<Data<operations["listForms"]>, void, undefined>;
    };
    /**
     * List a sub-account's surveys.
     *
     * `GET /surveys/`
     */
    listSurveys: {
        (args: Args<operations["listSurveys"]>, options?: CallOptions): Promise<Result<Data<operations["listSurveys"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSurveys"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSurveys"]>, void, undefined>;
    };
    /**
     * List a sub-account's funnels and websites.
     *
     * `GET /funnels/funnel/list`
     */
    listFunnels: {
        (args: Args<operations["listFunnels"]>, options?: CallOptions): Promise<Result<Data<operations["listFunnels"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFunnels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFunnels"]>, void, undefined>;
    };
    /**
     * List the social media accounts and groups connected to a sub-account.
     *
     * `GET /social-media-posting/{locationId}/accounts`
     */
    listSocialAccounts(args: Args<operations["listSocialAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listSocialAccounts"]>>>;
    /**
     * List the post categories of a sub-account's social planner.
     *
     * `GET /social-media-posting/{locationId}/categories`
     */
    listSocialCategories(args: Args<operations["listSocialCategories"]>, options?: CallOptions): Promise<Result<Data<operations["listSocialCategories"]>>>;
    /**
     * List files and folders in a sub-account's media library.
     *
     * `GET /medias/files`
     */
    listMediaFiles(args: Args<operations["listMediaFiles"]>, options?: CallOptions): Promise<Result<Data<operations["listMediaFiles"]>>>;
}

const routes = {
    searchLocations: {"method":"GET","path":"/locations/search","paging":{"style":"offset","offsetParam":"skip","limitParam":"limit","items":"locations"}},
    getLocation: {"method":"GET","path":"/locations/{locationId}"},
    createLocation: {"method":"POST","path":"/locations/","body":"application/json"},
    updateLocation: {"method":"PUT","path":"/locations/{locationId}","body":"application/json"},
    deleteLocation: {"method":"DELETE","path":"/locations/{locationId}"},
    listSnapshots: {"method":"GET","path":"/snapshots/"},
    listContacts: {"method":"GET","path":"/contacts/","paging":{"style":"cursor","cursorParam":"startAfterId","nextCursor":"meta.startAfterId"}},
    getContact: {"method":"GET","path":"/contacts/{contactId}"},
    createContact: {"method":"POST","path":"/contacts/","body":"application/json"},
    updateContact: {"method":"PUT","path":"/contacts/{contactId}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/contacts/{contactId}"},
    addContactTags: {"method":"POST","path":"/contacts/{contactId}/tags","body":"application/json"},
    removeContactTags: {"method":"DELETE","path":"/contacts/{contactId}/tags","body":"application/json"},
    listContactNotes: {"method":"GET","path":"/contacts/{contactId}/notes"},
    createContactNote: {"method":"POST","path":"/contacts/{contactId}/notes","body":"application/json"},
    updateContactNote: {"method":"PUT","path":"/contacts/{contactId}/notes/{noteId}","body":"application/json"},
    deleteContactNote: {"method":"DELETE","path":"/contacts/{contactId}/notes/{noteId}"},
    listContactTasks: {"method":"GET","path":"/contacts/{contactId}/tasks"},
    createContactTask: {"method":"POST","path":"/contacts/{contactId}/tasks","body":"application/json"},
    updateContactTask: {"method":"PUT","path":"/contacts/{contactId}/tasks/{taskId}","body":"application/json"},
    deleteContactTask: {"method":"DELETE","path":"/contacts/{contactId}/tasks/{taskId}"},
    searchOpportunities: {"method":"GET","path":"/opportunities/search","paging":{"style":"cursor","cursorParam":"startAfterId","nextCursor":"meta.startAfterId"}},
    getOpportunity: {"method":"GET","path":"/opportunities/{opportunityId}"},
    createOpportunity: {"method":"POST","path":"/opportunities/","body":"application/json"},
    updateOpportunity: {"method":"PUT","path":"/opportunities/{opportunityId}","body":"application/json"},
    deleteOpportunity: {"method":"DELETE","path":"/opportunities/{opportunityId}"},
    listPipelines: {"method":"GET","path":"/opportunities/pipelines"},
    listCalendars: {"method":"GET","path":"/calendars/"},
    getCalendar: {"method":"GET","path":"/calendars/{calendarId}"},
    createCalendar: {"method":"POST","path":"/calendars/","body":"application/json"},
    updateCalendar: {"method":"PUT","path":"/calendars/{calendarId}","body":"application/json"},
    deleteCalendar: {"method":"DELETE","path":"/calendars/{calendarId}"},
    listCalendarEvents: {"method":"GET","path":"/calendars/events"},
    getFreeSlots: {"method":"GET","path":"/calendars/{calendarId}/free-slots"},
    listCalendarGroups: {"method":"GET","path":"/calendars/groups"},
    searchConversations: {"method":"GET","path":"/conversations/search"},
    getConversation: {"method":"GET","path":"/conversations/{conversationId}"},
    listConversationMessages: {"method":"GET","path":"/conversations/{conversationId}/messages","paging":{"style":"cursor","cursorParam":"lastMessageId","nextCursor":"messages.lastMessageId"}},
    createConversation: {"method":"POST","path":"/conversations/","body":"application/json"},
    listUsers: {"method":"GET","path":"/users/"},
    listLocationTags: {"method":"GET","path":"/locations/{locationId}/tags"},
    createLocationTag: {"method":"POST","path":"/locations/{locationId}/tags","body":"application/json"},
    getLocationTag: {"method":"GET","path":"/locations/{locationId}/tags/{tagId}"},
    updateLocationTag: {"method":"PUT","path":"/locations/{locationId}/tags/{tagId}","body":"application/json"},
    deleteLocationTag: {"method":"DELETE","path":"/locations/{locationId}/tags/{tagId}"},
    listCustomFields: {"method":"GET","path":"/locations/{locationId}/customFields"},
    createCustomField: {"method":"POST","path":"/locations/{locationId}/customFields","body":"application/json"},
    getCustomField: {"method":"GET","path":"/locations/{locationId}/customFields/{fieldId}"},
    updateCustomField: {"method":"PUT","path":"/locations/{locationId}/customFields/{fieldId}","body":"application/json"},
    deleteCustomField: {"method":"DELETE","path":"/locations/{locationId}/customFields/{fieldId}"},
    listCustomValues: {"method":"GET","path":"/locations/{locationId}/customValues"},
    createCustomValue: {"method":"POST","path":"/locations/{locationId}/customValues","body":"application/json"},
    getCustomValue: {"method":"GET","path":"/locations/{locationId}/customValues/{valueId}"},
    updateCustomValue: {"method":"PUT","path":"/locations/{locationId}/customValues/{valueId}","body":"application/json"},
    deleteCustomValue: {"method":"DELETE","path":"/locations/{locationId}/customValues/{valueId}"},
    listBusinesses: {"method":"GET","path":"/businesses/"},
    getBusiness: {"method":"GET","path":"/businesses/{businessId}"},
    createBusiness: {"method":"POST","path":"/businesses/","body":"application/json"},
    updateBusiness: {"method":"PUT","path":"/businesses/{businessId}","body":"application/json"},
    deleteBusiness: {"method":"DELETE","path":"/businesses/{businessId}"},
    listProducts: {"method":"GET","path":"/products/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"products"}},
    getProduct: {"method":"GET","path":"/products/{productId}"},
    createProduct: {"method":"POST","path":"/products/","body":"application/json"},
    deleteProduct: {"method":"DELETE","path":"/products/{productId}"},
    listInvoices: {"method":"GET","path":"/invoices/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"invoices","total":"total"}},
    listOrders: {"method":"GET","path":"/payments/orders","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data","total":"totalCount"}},
    listTransactions: {"method":"GET","path":"/payments/transactions","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data","total":"totalCount"}},
    listSubscriptions: {"method":"GET","path":"/payments/subscriptions","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data","total":"totalCount"}},
    listLinks: {"method":"GET","path":"/links/"},
    createLink: {"method":"POST","path":"/links/","body":"application/json"},
    updateLink: {"method":"PUT","path":"/links/{linkId}","body":"application/json"},
    deleteLink: {"method":"DELETE","path":"/links/{linkId}"},
    listWorkflows: {"method":"GET","path":"/workflows/"},
    listCampaigns: {"method":"GET","path":"/campaigns/"},
    listForms: {"method":"GET","path":"/forms/","paging":{"style":"offset","offsetParam":"skip","limitParam":"limit","items":"forms","total":"total"}},
    listSurveys: {"method":"GET","path":"/surveys/","paging":{"style":"offset","offsetParam":"skip","limitParam":"limit","items":"surveys","total":"total"}},
    listFunnels: {"method":"GET","path":"/funnels/funnel/list","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"funnels","total":"count"}},
    listSocialAccounts: {"method":"GET","path":"/social-media-posting/{locationId}/accounts"},
    listSocialCategories: {"method":"GET","path":"/social-media-posting/{locationId}/categories"},
    listMediaFiles: {"method":"GET","path":"/medias/files"},
} satisfies Record<string, Route>;

/**
 * The GoHighLevel (PIT) client: `const api = highlevelPit(new Switchboard({ baseUrl, apiKey }))`.
 */
export function highlevelPit(client: Switchboard): HighlevelPitClient {
    const app = "highlevel-pit";
    return {
        searchLocations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchLocations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchLocations, args, options) }) as HighlevelPitClient["searchLocations"],
        getLocation: (args, options) => client.call(app, routes.getLocation, args, options),
        createLocation: (args, options) => client.call(app, routes.createLocation, args, options),
        updateLocation: (args, options) => client.call(app, routes.updateLocation, args, options),
        deleteLocation: (args, options) => client.call(app, routes.deleteLocation, args, options),
        listSnapshots: (args, options) => client.call(app, routes.listSnapshots, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as HighlevelPitClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        addContactTags: (args, options) => client.call(app, routes.addContactTags, args, options),
        removeContactTags: (args, options) => client.call(app, routes.removeContactTags, args, options),
        listContactNotes: (args, options) => client.call(app, routes.listContactNotes, args, options),
        createContactNote: (args, options) => client.call(app, routes.createContactNote, args, options),
        updateContactNote: (args, options) => client.call(app, routes.updateContactNote, args, options),
        deleteContactNote: (args, options) => client.call(app, routes.deleteContactNote, args, options),
        listContactTasks: (args, options) => client.call(app, routes.listContactTasks, args, options),
        createContactTask: (args, options) => client.call(app, routes.createContactTask, args, options),
        updateContactTask: (args, options) => client.call(app, routes.updateContactTask, args, options),
        deleteContactTask: (args, options) => client.call(app, routes.deleteContactTask, args, options),
        searchOpportunities: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchOpportunities, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchOpportunities, args, options) }) as HighlevelPitClient["searchOpportunities"],
        getOpportunity: (args, options) => client.call(app, routes.getOpportunity, args, options),
        createOpportunity: (args, options) => client.call(app, routes.createOpportunity, args, options),
        updateOpportunity: (args, options) => client.call(app, routes.updateOpportunity, args, options),
        deleteOpportunity: (args, options) => client.call(app, routes.deleteOpportunity, args, options),
        listPipelines: (args, options) => client.call(app, routes.listPipelines, args, options),
        listCalendars: (args, options) => client.call(app, routes.listCalendars, args, options),
        getCalendar: (args, options) => client.call(app, routes.getCalendar, args, options),
        createCalendar: (args, options) => client.call(app, routes.createCalendar, args, options),
        updateCalendar: (args, options) => client.call(app, routes.updateCalendar, args, options),
        deleteCalendar: (args, options) => client.call(app, routes.deleteCalendar, args, options),
        listCalendarEvents: (args, options) => client.call(app, routes.listCalendarEvents, args, options),
        getFreeSlots: (args, options) => client.call(app, routes.getFreeSlots, args, options),
        listCalendarGroups: (args, options) => client.call(app, routes.listCalendarGroups, args, options),
        searchConversations: (args, options) => client.call(app, routes.searchConversations, args, options),
        getConversation: (args, options) => client.call(app, routes.getConversation, args, options),
        listConversationMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listConversationMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listConversationMessages, args, options) }) as HighlevelPitClient["listConversationMessages"],
        createConversation: (args, options) => client.call(app, routes.createConversation, args, options),
        listUsers: (args, options) => client.call(app, routes.listUsers, args, options),
        listLocationTags: (args, options) => client.call(app, routes.listLocationTags, args, options),
        createLocationTag: (args, options) => client.call(app, routes.createLocationTag, args, options),
        getLocationTag: (args, options) => client.call(app, routes.getLocationTag, args, options),
        updateLocationTag: (args, options) => client.call(app, routes.updateLocationTag, args, options),
        deleteLocationTag: (args, options) => client.call(app, routes.deleteLocationTag, args, options),
        listCustomFields: (args, options) => client.call(app, routes.listCustomFields, args, options),
        createCustomField: (args, options) => client.call(app, routes.createCustomField, args, options),
        getCustomField: (args, options) => client.call(app, routes.getCustomField, args, options),
        updateCustomField: (args, options) => client.call(app, routes.updateCustomField, args, options),
        deleteCustomField: (args, options) => client.call(app, routes.deleteCustomField, args, options),
        listCustomValues: (args, options) => client.call(app, routes.listCustomValues, args, options),
        createCustomValue: (args, options) => client.call(app, routes.createCustomValue, args, options),
        getCustomValue: (args, options) => client.call(app, routes.getCustomValue, args, options),
        updateCustomValue: (args, options) => client.call(app, routes.updateCustomValue, args, options),
        deleteCustomValue: (args, options) => client.call(app, routes.deleteCustomValue, args, options),
        listBusinesses: (args, options) => client.call(app, routes.listBusinesses, args, options),
        getBusiness: (args, options) => client.call(app, routes.getBusiness, args, options),
        createBusiness: (args, options) => client.call(app, routes.createBusiness, args, options),
        updateBusiness: (args, options) => client.call(app, routes.updateBusiness, args, options),
        deleteBusiness: (args, options) => client.call(app, routes.deleteBusiness, args, options),
        listProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProducts, args, options) }) as HighlevelPitClient["listProducts"],
        getProduct: (args, options) => client.call(app, routes.getProduct, args, options),
        createProduct: (args, options) => client.call(app, routes.createProduct, args, options),
        deleteProduct: (args, options) => client.call(app, routes.deleteProduct, args, options),
        listInvoices: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvoices, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvoices, args, options) }) as HighlevelPitClient["listInvoices"],
        listOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrders, args, options) }) as HighlevelPitClient["listOrders"],
        listTransactions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTransactions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTransactions, args, options) }) as HighlevelPitClient["listTransactions"],
        listSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscriptions, args, options) }) as HighlevelPitClient["listSubscriptions"],
        listLinks: (args, options) => client.call(app, routes.listLinks, args, options),
        createLink: (args, options) => client.call(app, routes.createLink, args, options),
        updateLink: (args, options) => client.call(app, routes.updateLink, args, options),
        deleteLink: (args, options) => client.call(app, routes.deleteLink, args, options),
        listWorkflows: (args, options) => client.call(app, routes.listWorkflows, args, options),
        listCampaigns: (args, options) => client.call(app, routes.listCampaigns, args, options),
        listForms: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listForms, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listForms, args, options) }) as HighlevelPitClient["listForms"],
        listSurveys: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSurveys, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSurveys, args, options) }) as HighlevelPitClient["listSurveys"],
        listFunnels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFunnels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFunnels, args, options) }) as HighlevelPitClient["listFunnels"],
        listSocialAccounts: (args, options) => client.call(app, routes.listSocialAccounts, args, options),
        listSocialCategories: (args, options) => client.call(app, routes.listSocialCategories, args, options),
        listMediaFiles: (args, options) => client.call(app, routes.listMediaFiles, args, options),
    };
}