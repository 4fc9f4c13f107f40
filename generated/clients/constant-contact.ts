// Generated from providers/constant-contact.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/constant-contact.js';

/**
 * Constant Contact through the Switchboard gateway: Contacts, lists, tags, custom fields, segments, email campaigns, bulk activities and reports of a Constant Contact account.
 */
export interface ConstantContactClient {
    /**
     * Read the account's organisation details, contact person and settings.
     *
     * `GET /v3/account/summary`
     */
    getAccountSummary(args?: Args<operations["getAccountSummary"]>, options?: CallOptions): Promise<Result<Data<operations["getAccountSummary"]>>>;
    /**
     * Change the account's organisation name, contact person or other summary details.
     *
     * `PUT /v3/account/summary`
     */
    updateAccountSummary(args: Args<operations["updateAccountSummary"]>, options?: CallOptions): Promise<Result<Data<operations["updateAccountSummary"]>>>;
    /**
     * List the sender addresses of the account with their confirmation state and roles.
     *
     * `GET /v3/account/emails`
     */
    listAccountEmails(args?: Args<operations["listAccountEmails"]>, options?: CallOptions): Promise<Result<Data<operations["listAccountEmails"]>>>;
    /**
     * Add a sender address; Constant Contact emails it a confirmation link before it can be used.
     *
     * `POST /v3/account/emails`
     */
    addAccountEmail(args: Args<operations["addAccountEmail"]>, options?: CallOptions): Promise<Result<Data<operations["addAccountEmail"]>>>;
    /**
     * List what the connected user is allowed to do in the account.
     *
     * `GET /v3/account/user/privileges`
     */
    listUserPrivileges(args?: Args<operations["listUserPrivileges"]>, options?: CallOptions): Promise<Result<Data<operations["listUserPrivileges"]>>>;
    /**
     * List contacts a page at a time, filtered by status, email, list, segment, tag or dates.
     *
     * `GET /v3/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact, optionally with its custom fields, lists, tags and notes.
     *
     * `GET /v3/contacts/{contact_id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a contact; create_source and an email address or SMS channel are required.
     *
     * `POST /v3/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Replace a contact's data; update_source is required and properties left out are cleared.
     *
     * `PUT /v3/contacts/{contact_id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact; it stays retrievable with status deleted and can be re-added later.
     *
     * `DELETE /v3/contacts/{contact_id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * Add a contact or update the one with the same address, as a sign-up form would, and add it to lists.
     *
     * `POST /v3/contacts/sign_up_form`
     */
    createOrUpdateContactSignUp(args: Args<operations["createOrUpdateContactSignUp"]>, options?: CallOptions): Promise<Result<Data<operations["createOrUpdateContactSignUp"]>>>;
    /**
     * Count the account's contacts by email consent state.
     *
     * `GET /v3/contacts/counts`
     */
    getContactCounts(args?: Args<operations["getContactCounts"]>, options?: CallOptions): Promise<Result<Data<operations["getContactCounts"]>>>;
    /**
     * List the account's contact lists, optionally with member counts.
     *
     * `GET /v3/contact_lists`
     */
    listContactLists: {
        (args?: Args<operations["listContactLists"]>, options?: CallOptions): Promise<Result<Data<operations["listContactLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContactLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContactLists"]>, void, undefined>;
    };
    /**
     * Read one contact list.
     *
     * `GET /v3/contact_lists/{list_id}`
     */
    getContactList(args: Args<operations["getContactList"]>, options?: CallOptions): Promise<Result<Data<operations["getContactList"]>>>;
    /**
     * Create a contact list.
     *
     * `POST /v3/contact_lists`
     */
    createContactList(args: Args<operations["createContactList"]>, options?: CallOptions): Promise<Result<Data<operations["createContactList"]>>>;
    /**
     * Rename a contact list or change its description and favourite flag.
     *
     * `PUT /v3/contact_lists/{list_id}`
     */
    updateContactList(args: Args<operations["updateContactList"]>, options?: CallOptions): Promise<Result<Data<operations["updateContactList"]>>>;
    /**
     * Delete a contact list through an asynchronous activity (the contacts themselves stay).
     *
     * `DELETE /v3/contact_lists/{list_id}`
     */
    deleteContactList(args: Args<operations["deleteContactList"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContactList"]>>>;
    /**
     * List the tags defined in the account.
     *
     * `GET /v3/contact_tags`
     */
    listTags: {
        (args?: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a tag.
     *
     * `POST /v3/contact_tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Rename a tag.
     *
     * `PUT /v3/contact_tags/{tag_id}`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Delete a tag and remove it from every contact through an asynchronous activity.
     *
     * `DELETE /v3/contact_tags/{tag_id}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * List the contact custom fields defined in the account.
     *
     * `GET /v3/contact_custom_fields`
     */
    listCustomFields: {
        (args?: Args<operations["listCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomFields"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCustomFields"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomFields"]>, void, undefined>;
    };
    /**
     * Define a new contact custom field.
     *
     * `POST /v3/contact_custom_fields`
     */
    createCustomField(args: Args<operations["createCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomField"]>>>;
    /**
     * Delete a custom field and its values on all contacts.
     *
     * `DELETE /v3/contact_custom_fields/{custom_field_id}`
     */
    deleteCustomField(args: Args<operations["deleteCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCustomField"]>>>;
    /**
     * List email campaigns, optionally limited to a creation date range.
     *
     * `GET /v3/emails`
     */
    listEmailCampaigns: {
        (args?: Args<operations["listEmailCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listEmailCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEmailCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEmailCampaigns"]>, void, undefined>;
    };
    /**
     * Read a campaign with the ids of its activities (primary_email, permalink, resend).
     *
     * `GET /v3/emails/{campaign_id}`
     */
    getEmailCampaign(args: Args<operations["getEmailCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["getEmailCampaign"]>>>;
    /**
     * Create an email campaign with its primary email activity (content, sender and subject).
     *
     * `POST /v3/emails`
     */
    createEmailCampaign(args: Args<operations["createEmailCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createEmailCampaign"]>>>;
    /**
     * Rename an email campaign.
     *
     * `PATCH /v3/emails/{campaign_id}`
     */
    renameEmailCampaign(args: Args<operations["renameEmailCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["renameEmailCampaign"]>>>;
    /**
     * Delete an email campaign (a sent campaign's reports stay available).
     *
     * `DELETE /v3/emails/{campaign_id}`
     */
    deleteEmailCampaign(args: Args<operations["deleteEmailCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEmailCampaign"]>>>;
    /**
     * Read one campaign activity with its sender, subject, recipients and optionally its content.
     *
     * `GET /v3/emails/activities/{campaign_activity_id}`
     */
    getCampaignActivity(args: Args<operations["getCampaignActivity"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaignActivity"]>>>;
    /**
     * Replace a draft activity's content, sender, subject and recipient lists or segments.
     *
     * `PUT /v3/emails/activities/{campaign_activity_id}`
     */
    updateCampaignActivity(args: Args<operations["updateCampaignActivity"]>, options?: CallOptions): Promise<Result<Data<operations["updateCampaignActivity"]>>>;
    /**
     * Render an activity's email as HTML and plain text the way recipients will see it.
     *
     * `GET /v3/emails/activities/{campaign_activity_id}/previews`
     */
    previewCampaignActivity(args: Args<operations["previewCampaignActivity"]>, options?: CallOptions): Promise<Result<Data<operations["previewCampaignActivity"]>>>;
    /**
     * Send a test copy of an activity's email to up to five addresses.
     *
     * `POST /v3/emails/activities/{campaign_activity_id}/tests`
     */
    sendTestEmail(args: Args<operations["sendTestEmail"]>, options?: CallOptions): Promise<Result<Data<operations["sendTestEmail"]>>>;
    /**
     * Schedule an activity for a time, or send it at once with scheduled_date "0".
     *
     * `POST /v3/emails/activities/{campaign_activity_id}/schedules`
     */
    scheduleCampaignActivity(args: Args<operations["scheduleCampaignActivity"]>, options?: CallOptions): Promise<Result<Data<operations["scheduleCampaignActivity"]>>>;
    /**
     * Read when an activity is scheduled to send.
     *
     * `GET /v3/emails/activities/{campaign_activity_id}/schedules`
     */
    getCampaignActivitySchedule(args: Args<operations["getCampaignActivitySchedule"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaignActivitySchedule"]>>>;
    /**
     * Cancel a scheduled send and return the activity to draft.
     *
     * `DELETE /v3/emails/activities/{campaign_activity_id}/schedules`
     */
    unscheduleCampaignActivity(args: Args<operations["unscheduleCampaignActivity"]>, options?: CallOptions): Promise<Result<Data<operations["unscheduleCampaignActivity"]>>>;
    /**
     * List the account's segments.
     *
     * `GET /v3/segments`
     */
    listSegments: {
        (args?: Args<operations["listSegments"]>, options?: CallOptions): Promise<Result<Data<operations["listSegments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSegments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSegments"]>, void, undefined>;
    };
    /**
     * Read a segment with its criteria.
     *
     * `GET /v3/segments/{segment_id}`
     */
    getSegment(args: Args<operations["getSegment"]>, options?: CallOptions): Promise<Result<Data<operations["getSegment"]>>>;
    /**
     * Create a segment from criteria on contact data and campaign engagement.
     *
     * `POST /v3/segments`
     */
    createSegment(args: Args<operations["createSegment"]>, options?: CallOptions): Promise<Result<Data<operations["createSegment"]>>>;
    /**
     * Delete a segment (campaigns already sent to it are unaffected).
     *
     * `DELETE /v3/segments/{segment_id}`
     */
    deleteSegment(args: Args<operations["deleteSegment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSegment"]>>>;
    /**
     * List recent bulk activities with their state and progress.
     *
     * `GET /v3/activities`
     */
    listActivities: {
        (args?: Args<operations["listActivities"]>, options?: CallOptions): Promise<Result<Data<operations["listActivities"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listActivities"]>, options?: CallOptions): AsyncGenerator<Data<operations["listActivities"]>, void, undefined>;
    };
    /**
     * Read the state, progress and errors of one bulk activity.
     *
     * `GET /v3/activities/{activity_id}`
     */
    getActivity(args: Args<operations["getActivity"]>, options?: CallOptions): Promise<Result<Data<operations["getActivity"]>>>;
    /**
     * Start an activity that adds the contacts chosen by source to one or more lists.
     *
     * `POST /v3/activities/add_list_memberships`
     */
    addContactsToLists(args: Args<operations["addContactsToLists"]>, options?: CallOptions): Promise<Result<Data<operations["addContactsToLists"]>>>;
    /**
     * Start an activity that takes the contacts chosen by source off one or more lists, keeping the contacts.
     *
     * `POST /v3/activities/remove_list_memberships`
     */
    removeContactsFromLists(args: Args<operations["removeContactsFromLists"]>, options?: CallOptions): Promise<Result<Data<operations["removeContactsFromLists"]>>>;
    /**
     * Start an activity that puts tags on the contacts chosen by source.
     *
     * `POST /v3/activities/contacts_taggings_add`
     */
    addTagsToContacts(args: Args<operations["addTagsToContacts"]>, options?: CallOptions): Promise<Result<Data<operations["addTagsToContacts"]>>>;
    /**
     * Start an activity that takes tags off the contacts chosen by source.
     *
     * `POST /v3/activities/contacts_taggings_remove`
     */
    removeTagsFromContacts(args: Args<operations["removeTagsFromContacts"]>, options?: CallOptions): Promise<Result<Data<operations["removeTagsFromContacts"]>>>;
    /**
     * Start an activity that writes chosen contacts and fields to a CSV file; scope it as narrowly as the task allows.
     *
     * `POST /v3/activities/contact_exports`
     */
    exportContacts(args: Args<operations["exportContacts"]>, options?: CallOptions): Promise<Result<Data<operations["exportContacts"]>>>;
    /**
     * Download the CSV file a finished export activity produced.
     *
     * `GET /v3/contact_exports/{export_id}`
     */
    downloadContactExport(args: Args<operations["downloadContactExport"]>, options?: CallOptions): Promise<Result<Data<operations["downloadContactExport"]>>>;
    /**
     * Start an activity that deletes many contacts; it cannot be stopped once accepted, so confirm the ids first.
     *
     * `POST /v3/activities/contact_delete`
     */
    deleteContactsBulk(args: Args<operations["deleteContactsBulk"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContactsBulk"]>>>;
    /**
     * Aggregate send, open, click, bounce and opt-out counts for recent email campaigns.
     *
     * `GET /v3/reports/summary_reports/email_campaign_summaries`
     */
    listEmailCampaignSummaries: {
        (args?: Args<operations["listEmailCampaignSummaries"]>, options?: CallOptions): Promise<Result<Data<operations["listEmailCampaignSummaries"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEmailCampaignSummaries"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEmailCampaignSummaries"]>, void, undefined>;
    };
    /**
     * Read the tracking report of one sent campaign activity.
     *
     * `GET /v3/reports/email_reports/{campaign_activity_id}`
     */
    getEmailCampaignReport(args: Args<operations["getEmailCampaignReport"]>, options?: CallOptions): Promise<Result<Data<operations["getEmailCampaignReport"]>>>;
    /**
     * Summarise one contact's sends, opens, clicks, bounces, opt-outs and forwards per campaign in a date range.
     *
     * `GET /v3/reports/contact_reports/{contact_id}/activity_summary`
     */
    getContactActivitySummary: {
        (args: Args<operations["getContactActivitySummary"]>, options?: CallOptions): Promise<Result<Data<operations["getContactActivitySummary"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getContactActivitySummary"]>, options?: CallOptions): AsyncGenerator<Data<operations["getContactActivitySummary"]>, void, undefined>;
    };
}

const routes = {
    getAccountSummary: {"method":"GET","path":"/v3/account/summary"},
    updateAccountSummary: {"method":"PUT","path":"/v3/account/summary","body":"application/json"},
    listAccountEmails: {"method":"GET","path":"/v3/account/emails"},
    addAccountEmail: {"method":"POST","path":"/v3/account/emails","body":"application/json"},
    listUserPrivileges: {"method":"GET","path":"/v3/account/user/privileges"},
    listContacts: {"method":"GET","path":"/v3/contacts","paging":{"style":"url","nextUrl":"_links.next.href"}},
    getContact: {"method":"GET","path":"/v3/contacts/{contact_id}"},
    createContact: {"method":"POST","path":"/v3/contacts","body":"application/json"},
    updateContact: {"method":"PUT","path":"/v3/contacts/{contact_id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/v3/contacts/{contact_id}"},
    createOrUpdateContactSignUp: {"method":"POST","path":"/v3/contacts/sign_up_form","body":"application/json"},
    getContactCounts: {"method":"GET","path":"/v3/contacts/counts"},
    listContactLists: {"method":"GET","path":"/v3/contact_lists","paging":{"style":"url","nextUrl":"_links.next.href"}},
    getContactList: {"method":"GET","path":"/v3/contact_lists/{list_id}"},
    createContactList: {"method":"POST","path":"/v3/contact_lists","body":"application/json"},
    updateContactList: {"method":"PUT","path":"/v3/contact_lists/{list_id}","body":"application/json"},
    deleteContactList: {"method":"DELETE","path":"/v3/contact_lists/{list_id}"},
    listTags: {"method":"GET","path":"/v3/contact_tags","paging":{"style":"url","nextUrl":"_links.next.href"}},
    createTag: {"method":"POST","path":"/v3/contact_tags","body":"application/json"},
    updateTag: {"method":"PUT","path":"/v3/contact_tags/{tag_id}","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/v3/contact_tags/{tag_id}"},
    listCustomFields: {"method":"GET","path":"/v3/contact_custom_fields","paging":{"style":"url","nextUrl":"_links.next.href"}},
    createCustomField: {"method":"POST","path":"/v3/contact_custom_fields","body":"application/json"},
    deleteCustomField: {"method":"DELETE","path":"/v3/contact_custom_fields/{custom_field_id}"},
    listEmailCampaigns: {"method":"GET","path":"/v3/emails","paging":{"style":"url","nextUrl":"_links.next.href"}},
    getEmailCampaign: {"method":"GET","path":"/v3/emails/{campaign_id}"},
    createEmailCampaign: {"method":"POST","path":"/v3/emails","body":"application/json"},
    renameEmailCampaign: {"method":"PATCH","path":"/v3/emails/{campaign_id}","body":"application/json"},
    deleteEmailCampaign: {"method":"DELETE","path":"/v3/emails/{campaign_id}"},
    getCampaignActivity: {"method":"GET","path":"/v3/emails/activities/{campaign_activity_id}"},
    updateCampaignActivity: {"method":"PUT","path":"/v3/emails/activities/{campaign_activity_id}","body":"application/json"},
    previewCampaignActivity: {"method":"GET","path":"/v3/emails/activities/{campaign_activity_id}/previews"},
    sendTestEmail: {"method":"POST","path":"/v3/emails/activities/{campaign_activity_id}/tests","body":"application/json"},
    scheduleCampaignActivity: {"method":"POST","path":"/v3/emails/activities/{campaign_activity_id}/schedules","body":"application/json"},
    getCampaignActivitySchedule: {"method":"GET","path":"/v3/emails/activities/{campaign_activity_id}/schedules"},
    unscheduleCampaignActivity: {"method":"DELETE","path":"/v3/emails/activities/{campaign_activity_id}/schedules"},
    listSegments: {"method":"GET","path":"/v3/segments","paging":{"style":"url","nextUrl":"_links.next.href"}},
    getSegment: {"method":"GET","path":"/v3/segments/{segment_id}"},
    createSegment: {"method":"POST","path":"/v3/segments","body":"application/json"},
    deleteSegment: {"method":"DELETE","path":"/v3/segments/{segment_id}"},
    listActivities: {"method":"GET","path":"/v3/activities","paging":{"style":"url","nextUrl":"_links.next.href"}},
    getActivity: {"method":"GET","path":"/v3/activities/{activity_id}"},
    addContactsToLists: {"method":"POST","path":"/v3/activities/add_list_memberships","body":"application/json"},
    removeContactsFromLists: {"method":"POST","path":"/v3/activities/remove_list_memberships","body":"application/json"},
    addTagsToContacts: {"method":"POST","path":"/v3/activities/contacts_taggings_add","body":"application/json"},
    removeTagsFromContacts: {"method":"POST","path":"/v3/activities/contacts_taggings_remove","body":"application/json"},
    exportContacts: {"method":"POST","path":"/v3/activities/contact_exports","body":"application/json"},
    downloadContactExport: {"method":"GET","path":"/v3/contact_exports/{export_id}","binary":true},
    deleteContactsBulk: {"method":"POST","path":"/v3/activities/contact_delete","body":"application/json"},
    listEmailCampaignSummaries: {"method":"GET","path":"/v3/reports/summary_reports/email_campaign_summaries","paging":{"style":"url","nextUrl":"_links.next.href"}},
    getEmailCampaignReport: {"method":"GET","path":"/v3/reports/email_reports/{campaign_activity_id}"},
    getContactActivitySummary: {"method":"GET","path":"/v3/reports/contact_reports/{contact_id}/activity_summary","paging":{"style":"url","nextUrl":"_links.next.href"}},
} satisfies Record<string, Route>;

/**
 * The Constant Contact client: `const api = constantContact(new Switchboard({ baseUrl, apiKey }))`.
 */
export function constantContact(client: Switchboard): ConstantContactClient {
    const app = "constant-contact";
    return {
        getAccountSummary: (args, options) => client.call(app, routes.getAccountSummary, args, options),
        updateAccountSummary: (args, options) => client.call(app, routes.updateAccountSummary, args, options),
        listAccountEmails: (args, options) => client.call(app, routes.listAccountEmails, args, options),
        addAccountEmail: (args, options) => client.call(app, routes.addAccountEmail, args, options),
        listUserPrivileges: (args, options) => client.call(app, routes.listUserPrivileges, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as ConstantContactClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        createOrUpdateContactSignUp: (args, options) => client.call(app, routes.createOrUpdateContactSignUp, args, options),
        getContactCounts: (args, options) => client.call(app, routes.getContactCounts, args, options),
        listContactLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContactLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContactLists, args, options) }) as ConstantContactClient["listContactLists"],
        getContactList: (args, options) => client.call(app, routes.getContactList, args, options),
        createContactList: (args, options) => client.call(app, routes.createContactList, args, options),
        updateContactList: (args, options) => client.call(app, routes.updateContactList, args, options),
        deleteContactList: (args, options) => client.call(app, routes.deleteContactList, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as ConstantContactClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        listCustomFields: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomFields, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomFields, args, options) }) as ConstantContactClient["listCustomFields"],
        createCustomField: (args, options) => client.call(app, routes.createCustomField, args, options),
        deleteCustomField: (args, options) => client.call(app, routes.deleteCustomField, args, options),
        listEmailCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEmailCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEmailCampaigns, args, options) }) as ConstantContactClient["listEmailCampaigns"],
        getEmailCampaign: (args, options) => client.call(app, routes.getEmailCampaign, args, options),
        createEmailCampaign: (args, options) => client.call(app, routes.createEmailCampaign, args, options),
        renameEmailCampaign: (args, options) => client.call(app, routes.renameEmailCampaign, args, options),
        deleteEmailCampaign: (args, options) => client.call(app, routes.deleteEmailCampaign, args, options),
        getCampaignActivity: (args, options) => client.call(app, routes.getCampaignActivity, args, options),
        updateCampaignActivity: (args, options) => client.call(app, routes.updateCampaignActivity, args, options),
        previewCampaignActivity: (args, options) => client.call(app, routes.previewCampaignActivity, args, options),
        sendTestEmail: (args, options) => client.call(app, routes.sendTestEmail, args, options),
        scheduleCampaignActivity: (args, options) => client.call(app, routes.scheduleCampaignActivity, args, options),
        getCampaignActivitySchedule: (args, options) => client.call(app, routes.getCampaignActivitySchedule, args, options),
        unscheduleCampaignActivity: (args, options) => client.call(app, routes.unscheduleCampaignActivity, args, options),
        listSegments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSegments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSegments, args, options) }) as ConstantContactClient["listSegments"],
        getSegment: (args, options) => client.call(app, routes.getSegment, args, options),
        createSegment: (args, options) => client.call(app, routes.createSegment, args, options),
        deleteSegment: (args, options) => client.call(app, routes.deleteSegment, args, options),
        listActivities: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listActivities, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listActivities, args, options) }) as ConstantContactClient["listActivities"],
        getActivity: (args, options) => client.call(app, routes.getActivity, args, options),
        addContactsToLists: (args, options) => client.call(app, routes.addContactsToLists, args, options),
        removeContactsFromLists: (args, options) => client.call(app, routes.removeContactsFromLists, args, options),
        addTagsToContacts: (args, options) => client.call(app, routes.addTagsToContacts, args, options),
        removeTagsFromContacts: (args, options) => client.call(app, routes.removeTagsFromContacts, args, options),
        exportContacts: (args, options) => client.call(app, routes.exportContacts, args, options),
        downloadContactExport: (args, options) => client.call(app, routes.downloadContactExport, args, options),
        deleteContactsBulk: (args, options) => client.call(app, routes.deleteContactsBulk, args, options),
        listEmailCampaignSummaries: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEmailCampaignSummaries, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEmailCampaignSummaries, args, options) }) as ConstantContactClient["listEmailCampaignSummaries"],
        getEmailCampaignReport: (args, options) => client.call(app, routes.getEmailCampaignReport, args, options),
        getContactActivitySummary: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getContactActivitySummary, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getContactActivitySummary, args, options) }) as ConstantContactClient["getContactActivitySummary"],
    };
}