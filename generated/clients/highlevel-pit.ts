// Generated from providers/highlevel-pit.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/highlevel-pit.js';

/**
 * GoHighLevel (PIT) through the Switchboard gateway: HighLevel (LeadConnector) API v2 with a private integration token - sub-accounts, contacts, opportunities, calendars, conversations, payments and more.
 */
export interface HighlevelPitClient {
    /** Find the agency's sub-accounts, optionally by email, a page at a time. `GET /locations/search` */
    searchLocations: Paged<operations["searchLocations"]>;
    /** Read one sub-account's profile and settings. `GET /locations/{locationId}` */
    getLocation: Call<operations["getLocation"]>;
    /** Create a sub-account under the agency. `POST /locations/` */
    createLocation: Call<operations["createLocation"]>;
    /** Change a sub-account's profile. `PUT /locations/{locationId}` */
    updateLocation: Call<operations["updateLocation"]>;
    /** Delete a sub-account, optionally closing its Twilio account too. `DELETE /locations/{locationId}` */
    deleteLocation: Call<operations["deleteLocation"]>;
    /** List the agency's own and imported snapshots. `GET /snapshots/` */
    listSnapshots: Call<operations["listSnapshots"]>;
    /** List or search a sub-account's contacts, a page at a time. `GET /contacts/` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with its tags and custom fields. `GET /contacts/{contactId}` */
    getContact: Call<operations["getContact"]>;
    /** Create a contact in a sub-account. `POST /contacts/` */
    createContact: Call<operations["createContact"]>;
    /** Change fields of a contact; the tags sent replace the existing ones. `PUT /contacts/{contactId}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /contacts/{contactId}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** Add tags to a contact, keeping the ones it has. `POST /contacts/{contactId}/tags` */
    addContactTags: Call<operations["addContactTags"]>;
    /** Take the given tags off a contact. `DELETE /contacts/{contactId}/tags` */
    removeContactTags: Call<operations["removeContactTags"]>;
    /** List the notes on a contact. `GET /contacts/{contactId}/notes` */
    listContactNotes: Call<operations["listContactNotes"]>;
    /** Add a note to a contact. `POST /contacts/{contactId}/notes` */
    createContactNote: Call<operations["createContactNote"]>;
    /** Rewrite a note on a contact. `PUT /contacts/{contactId}/notes/{noteId}` */
    updateContactNote: Call<operations["updateContactNote"]>;
    /** Delete a note from a contact. `DELETE /contacts/{contactId}/notes/{noteId}` */
    deleteContactNote: Call<operations["deleteContactNote"]>;
    /** List the tasks on a contact. `GET /contacts/{contactId}/tasks` */
    listContactTasks: Call<operations["listContactTasks"]>;
    /** Add a task to a contact; completed must be sent. `POST /contacts/{contactId}/tasks` */
    createContactTask: Call<operations["createContactTask"]>;
    /** Change a task on a contact, such as marking it done. `PUT /contacts/{contactId}/tasks/{taskId}` */
    updateContactTask: Call<operations["updateContactTask"]>;
    /** Delete a task from a contact. `DELETE /contacts/{contactId}/tasks/{taskId}` */
    deleteContactTask: Call<operations["deleteContactTask"]>;
    /** Search a sub-account's opportunities by pipeline, stage, status, contact or text. `GET /opportunities/search` */
    searchOpportunities: Paged<operations["searchOpportunities"]>;
    /** Read one opportunity. `GET /opportunities/{opportunityId}` */
    getOpportunity: Call<operations["getOpportunity"]>;
    /** Create an opportunity for a contact in a pipeline stage. `POST /opportunities/` */
    createOpportunity: Call<operations["createOpportunity"]>;
    /** Change an opportunity; pipelineId must be sent every time. `PUT /opportunities/{opportunityId}` */
    updateOpportunity: Call<operations["updateOpportunity"]>;
    /** Delete an opportunity. `DELETE /opportunities/{opportunityId}` */
    deleteOpportunity: Call<operations["deleteOpportunity"]>;
    /** List a sub-account's pipelines with their stages. `GET /opportunities/pipelines` */
    listPipelines: Call<operations["listPipelines"]>;
    /** List a sub-account's calendars, optionally in one group. `GET /calendars/` */
    listCalendars: Call<operations["listCalendars"]>;
    /** Read one calendar's settings. `GET /calendars/{calendarId}` */
    getCalendar: Call<operations["getCalendar"]>;
    /** Create a booking calendar in a sub-account. `POST /calendars/` */
    createCalendar: Call<operations["createCalendar"]>;
    /** Change a calendar's settings; leave locationId out of the body. `PUT /calendars/{calendarId}` */
    updateCalendar: Call<operations["updateCalendar"]>;
    /** Delete a calendar. `DELETE /calendars/{calendarId}` */
    deleteCalendar: Call<operations["deleteCalendar"]>;
    /** List appointments in a time window for one calendar, group or user. `GET /calendars/events` */
    listCalendarEvents: Call<operations["listCalendarEvents"]>;
    /** List bookable slots of a calendar between two dates. `GET /calendars/{calendarId}/free-slots` */
    getFreeSlots: Call<operations["getFreeSlots"]>;
    /** List a sub-account's calendar groups. `GET /calendars/groups` */
    listCalendarGroups: Call<operations["listCalendarGroups"]>;
    /** Search a sub-account's conversations by contact, assignee, status or text. `GET /conversations/search` */
    searchConversations: Call<operations["searchConversations"]>;
    /** Read one conversation. `GET /conversations/{conversationId}` */
    getConversation: Call<operations["getConversation"]>;
    /** List the messages of a conversation, newest first. `GET /conversations/{conversationId}/messages` */
    listConversationMessages: Paged<operations["listConversationMessages"]>;
    /** Start a conversation with a contact. `POST /conversations/` */
    createConversation: Call<operations["createConversation"]>;
    /** List the users who have access to a sub-account. `GET /users/` */
    listUsers: Call<operations["listUsers"]>;
    /** List the tags defined in a sub-account. `GET /locations/{locationId}/tags` */
    listLocationTags: Call<operations["listLocationTags"]>;
    /** Define a new tag in a sub-account. `POST /locations/{locationId}/tags` */
    createLocationTag: Call<operations["createLocationTag"]>;
    /** Read one tag of a sub-account. `GET /locations/{locationId}/tags/{tagId}` */
    getLocationTag: Call<operations["getLocationTag"]>;
    /** Rename a tag. `PUT /locations/{locationId}/tags/{tagId}` */
    updateLocationTag: Call<operations["updateLocationTag"]>;
    /** Delete a tag from a sub-account. `DELETE /locations/{locationId}/tags/{tagId}` */
    deleteLocationTag: Call<operations["deleteLocationTag"]>;
    /** List a sub-account's custom fields for contacts, opportunities or both. `GET /locations/{locationId}/customFields` */
    listCustomFields: Call<operations["listCustomFields"]>;
    /** Define a custom field on contacts or opportunities. `POST /locations/{locationId}/customFields` */
    createCustomField: Call<operations["createCustomField"]>;
    /** Read one custom field definition. `GET /locations/{locationId}/customFields/{fieldId}` */
    getCustomField: Call<operations["getCustomField"]>;
    /** Change a custom field definition. `PUT /locations/{locationId}/customFields/{fieldId}` */
    updateCustomField: Call<operations["updateCustomField"]>;
    /** Delete a custom field definition. `DELETE /locations/{locationId}/customFields/{fieldId}` */
    deleteCustomField: Call<operations["deleteCustomField"]>;
    /** List a sub-account's custom values (reusable merge fields). `GET /locations/{locationId}/customValues` */
    listCustomValues: Call<operations["listCustomValues"]>;
    /** Define a custom value. `POST /locations/{locationId}/customValues` */
    createCustomValue: Call<operations["createCustomValue"]>;
    /** Read one custom value. `GET /locations/{locationId}/customValues/{valueId}` */
    getCustomValue: Call<operations["getCustomValue"]>;
    /** Change a custom value's name or value. `PUT /locations/{locationId}/customValues/{valueId}` */
    updateCustomValue: Call<operations["updateCustomValue"]>;
    /** Delete a custom value. `DELETE /locations/{locationId}/customValues/{valueId}` */
    deleteCustomValue: Call<operations["deleteCustomValue"]>;
    /** List the businesses (companies) recorded in a sub-account. `GET /businesses/` */
    listBusinesses: Call<operations["listBusinesses"]>;
    /** Read one business. `GET /businesses/{businessId}` */
    getBusiness: Call<operations["getBusiness"]>;
    /** Record a business in a sub-account. `POST /businesses/` */
    createBusiness: Call<operations["createBusiness"]>;
    /** Change a business's details. `PUT /businesses/{businessId}` */
    updateBusiness: Call<operations["updateBusiness"]>;
    /** Delete a business. `DELETE /businesses/{businessId}` */
    deleteBusiness: Call<operations["deleteBusiness"]>;
    /** List a sub-account's products, optionally searched by name. `GET /products/` */
    listProducts: Paged<operations["listProducts"]>;
    /** Read one product. `GET /products/{productId}` */
    getProduct: Call<operations["getProduct"]>;
    /** Create a product; prices are added separately. `POST /products/` */
    createProduct: Call<operations["createProduct"]>;
    /** Delete a product. `DELETE /products/{productId}` */
    deleteProduct: Call<operations["deleteProduct"]>;
    /** List a sub-account's invoices, optionally by status, contact or date. `GET /invoices/` */
    listInvoices: Paged<operations["listInvoices"]>;
    /** List a sub-account's orders. `GET /payments/orders` */
    listOrders: Paged<operations["listOrders"]>;
    /** List a sub-account's payment transactions. `GET /payments/transactions` */
    listTransactions: Paged<operations["listTransactions"]>;
    /** List a sub-account's recurring payment subscriptions. `GET /payments/subscriptions` */
    listSubscriptions: Paged<operations["listSubscriptions"]>;
    /** List a sub-account's trigger links. `GET /links/` */
    listLinks: Call<operations["listLinks"]>;
    /** Create a trigger link that redirects to a URL and can start workflows. `POST /links/` */
    createLink: Call<operations["createLink"]>;
    /** Change a trigger link's name or target. `PUT /links/{linkId}` */
    updateLink: Call<operations["updateLink"]>;
    /** Delete a trigger link. `DELETE /links/{linkId}` */
    deleteLink: Call<operations["deleteLink"]>;
    /** List a sub-account's workflows and whether they are published. `GET /workflows/` */
    listWorkflows: Call<operations["listWorkflows"]>;
    /** List a sub-account's campaigns. `GET /campaigns/` */
    listCampaigns: Call<operations["listCampaigns"]>;
    /** List a sub-account's forms. `GET /forms/` */
    listForms: Paged<operations["listForms"]>;
    /** List a sub-account's surveys. `GET /surveys/` */
    listSurveys: Paged<operations["listSurveys"]>;
    /** List a sub-account's funnels and websites. `GET /funnels/funnel/list` */
    listFunnels: Paged<operations["listFunnels"]>;
    /** List the social media accounts and groups connected to a sub-account. `GET /social-media-posting/{locationId}/accounts` */
    listSocialAccounts: Call<operations["listSocialAccounts"]>;
    /** List the post categories of a sub-account's social planner. `GET /social-media-posting/{locationId}/categories` */
    listSocialCategories: Call<operations["listSocialCategories"]>;
    /** List files and folders in a sub-account's media library. `GET /medias/files` */
    listMediaFiles: Call<operations["listMediaFiles"]>;
}

const routes: Routes<HighlevelPitClient> = {
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
};

/**
 * The GoHighLevel (PIT) client: `const api = highlevelPit(new Switchboard({ baseUrl, apiKey }))`.
 */
export const highlevelPit = (sb: Switchboard): HighlevelPitClient => bindClient<HighlevelPitClient>(sb, "highlevel-pit", routes);
