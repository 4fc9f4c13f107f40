// Generated from providers/constant-contact.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/constant-contact.js';

/**
 * Constant Contact through the Switchboard gateway: Contacts, lists, tags, custom fields, segments, email campaigns, bulk activities and reports of a Constant Contact account.
 */
export interface ConstantContactClient {
    /** Read the account's organisation details, contact person and settings. `GET /v3/account/summary` */
    getAccountSummary: Call<operations["getAccountSummary"]>;
    /** Change the account's organisation name, contact person or other summary details. `PUT /v3/account/summary` */
    updateAccountSummary: Call<operations["updateAccountSummary"]>;
    /** List the sender addresses of the account with their confirmation state and roles. `GET /v3/account/emails` */
    listAccountEmails: Call<operations["listAccountEmails"]>;
    /** Add a sender address; Constant Contact emails it a confirmation link before it can be used. `POST /v3/account/emails` */
    addAccountEmail: Call<operations["addAccountEmail"]>;
    /** List what the connected user is allowed to do in the account. `GET /v3/account/user/privileges` */
    listUserPrivileges: Call<operations["listUserPrivileges"]>;
    /** List contacts a page at a time, filtered by status, email, list, segment, tag or dates. `GET /v3/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact, optionally with its custom fields, lists, tags and notes. `GET /v3/contacts/{contact_id}` */
    getContact: Call<operations["getContact"]>;
    /** Create a contact; create_source and an email address or SMS channel are required. `POST /v3/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Replace a contact's data; update_source is required and properties left out are cleared. `PUT /v3/contacts/{contact_id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact; it stays retrievable with status deleted and can be re-added later. `DELETE /v3/contacts/{contact_id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** Add a contact or update the one with the same address, as a sign-up form would, and add it to lists. `POST /v3/contacts/sign_up_form` */
    createOrUpdateContactSignUp: Call<operations["createOrUpdateContactSignUp"]>;
    /** Count the account's contacts by email consent state. `GET /v3/contacts/counts` */
    getContactCounts: Call<operations["getContactCounts"]>;
    /** List the account's contact lists, optionally with member counts. `GET /v3/contact_lists` */
    listContactLists: Paged<operations["listContactLists"]>;
    /** Read one contact list. `GET /v3/contact_lists/{list_id}` */
    getContactList: Call<operations["getContactList"]>;
    /** Create a contact list. `POST /v3/contact_lists` */
    createContactList: Call<operations["createContactList"]>;
    /** Rename a contact list or change its description and favourite flag. `PUT /v3/contact_lists/{list_id}` */
    updateContactList: Call<operations["updateContactList"]>;
    /** Delete a contact list through an asynchronous activity (the contacts themselves stay). `DELETE /v3/contact_lists/{list_id}` */
    deleteContactList: Call<operations["deleteContactList"]>;
    /** List the tags defined in the account. `GET /v3/contact_tags` */
    listTags: Paged<operations["listTags"]>;
    /** Create a tag. `POST /v3/contact_tags` */
    createTag: Call<operations["createTag"]>;
    /** Rename a tag. `PUT /v3/contact_tags/{tag_id}` */
    updateTag: Call<operations["updateTag"]>;
    /** Delete a tag and remove it from every contact through an asynchronous activity. `DELETE /v3/contact_tags/{tag_id}` */
    deleteTag: Call<operations["deleteTag"]>;
    /** List the contact custom fields defined in the account. `GET /v3/contact_custom_fields` */
    listCustomFields: Paged<operations["listCustomFields"]>;
    /** Define a new contact custom field. `POST /v3/contact_custom_fields` */
    createCustomField: Call<operations["createCustomField"]>;
    /** Delete a custom field and its values on all contacts. `DELETE /v3/contact_custom_fields/{custom_field_id}` */
    deleteCustomField: Call<operations["deleteCustomField"]>;
    /** List email campaigns, optionally limited to a creation date range. `GET /v3/emails` */
    listEmailCampaigns: Paged<operations["listEmailCampaigns"]>;
    /** Read a campaign with the ids of its activities (primary_email, permalink, resend). `GET /v3/emails/{campaign_id}` */
    getEmailCampaign: Call<operations["getEmailCampaign"]>;
    /** Create an email campaign with its primary email activity (content, sender and subject). `POST /v3/emails` */
    createEmailCampaign: Call<operations["createEmailCampaign"]>;
    /** Rename an email campaign. `PATCH /v3/emails/{campaign_id}` */
    renameEmailCampaign: Call<operations["renameEmailCampaign"]>;
    /** Delete an email campaign (a sent campaign's reports stay available). `DELETE /v3/emails/{campaign_id}` */
    deleteEmailCampaign: Call<operations["deleteEmailCampaign"]>;
    /** Read one campaign activity with its sender, subject, recipients and optionally its content. `GET /v3/emails/activities/{campaign_activity_id}` */
    getCampaignActivity: Call<operations["getCampaignActivity"]>;
    /** Replace a draft activity's content, sender, subject and recipient lists or segments. `PUT /v3/emails/activities/{campaign_activity_id}` */
    updateCampaignActivity: Call<operations["updateCampaignActivity"]>;
    /** Render an activity's email as HTML and plain text the way recipients will see it. `GET /v3/emails/activities/{campaign_activity_id}/previews` */
    previewCampaignActivity: Call<operations["previewCampaignActivity"]>;
    /** Send a test copy of an activity's email to up to five addresses. `POST /v3/emails/activities/{campaign_activity_id}/tests` */
    sendTestEmail: Call<operations["sendTestEmail"]>;
    /** Schedule an activity for a time, or send it at once with scheduled_date "0". `POST /v3/emails/activities/{campaign_activity_id}/schedules` */
    scheduleCampaignActivity: Call<operations["scheduleCampaignActivity"]>;
    /** Read when an activity is scheduled to send. `GET /v3/emails/activities/{campaign_activity_id}/schedules` */
    getCampaignActivitySchedule: Call<operations["getCampaignActivitySchedule"]>;
    /** Cancel a scheduled send and return the activity to draft. `DELETE /v3/emails/activities/{campaign_activity_id}/schedules` */
    unscheduleCampaignActivity: Call<operations["unscheduleCampaignActivity"]>;
    /** List the account's segments. `GET /v3/segments` */
    listSegments: Paged<operations["listSegments"]>;
    /** Read a segment with its criteria. `GET /v3/segments/{segment_id}` */
    getSegment: Call<operations["getSegment"]>;
    /** Create a segment from criteria on contact data and campaign engagement. `POST /v3/segments` */
    createSegment: Call<operations["createSegment"]>;
    /** Delete a segment (campaigns already sent to it are unaffected). `DELETE /v3/segments/{segment_id}` */
    deleteSegment: Call<operations["deleteSegment"]>;
    /** List recent bulk activities with their state and progress. `GET /v3/activities` */
    listActivities: Paged<operations["listActivities"]>;
    /** Read the state, progress and errors of one bulk activity. `GET /v3/activities/{activity_id}` */
    getActivity: Call<operations["getActivity"]>;
    /** Start an activity that adds the contacts chosen by source to one or more lists. `POST /v3/activities/add_list_memberships` */
    addContactsToLists: Call<operations["addContactsToLists"]>;
    /** Start an activity that takes the contacts chosen by source off one or more lists, keeping the contacts. `POST /v3/activities/remove_list_memberships` */
    removeContactsFromLists: Call<operations["removeContactsFromLists"]>;
    /** Start an activity that puts tags on the contacts chosen by source. `POST /v3/activities/contacts_taggings_add` */
    addTagsToContacts: Call<operations["addTagsToContacts"]>;
    /** Start an activity that takes tags off the contacts chosen by source. `POST /v3/activities/contacts_taggings_remove` */
    removeTagsFromContacts: Call<operations["removeTagsFromContacts"]>;
    /** Start an activity that writes chosen contacts and fields to a CSV file; scope it as narrowly as the task allows. `POST /v3/activities/contact_exports` */
    exportContacts: Call<operations["exportContacts"]>;
    /** Download the CSV file a finished export activity produced. `GET /v3/contact_exports/{export_id}` */
    downloadContactExport: Call<operations["downloadContactExport"]>;
    /** Start an activity that deletes many contacts; it cannot be stopped once accepted, so confirm the ids first. `POST /v3/activities/contact_delete` */
    deleteContactsBulk: Call<operations["deleteContactsBulk"]>;
    /** Aggregate send, open, click, bounce and opt-out counts for recent email campaigns. `GET /v3/reports/summary_reports/email_campaign_summaries` */
    listEmailCampaignSummaries: Paged<operations["listEmailCampaignSummaries"]>;
    /** Read the tracking report of one sent campaign activity. `GET /v3/reports/email_reports/{campaign_activity_id}` */
    getEmailCampaignReport: Call<operations["getEmailCampaignReport"]>;
    /** Summarise one contact's sends, opens, clicks, bounces, opt-outs and forwards per campaign in a date range. `GET /v3/reports/contact_reports/{contact_id}/activity_summary` */
    getContactActivitySummary: Paged<operations["getContactActivitySummary"]>;
}

const routes: Routes<ConstantContactClient> = {
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
};

/**
 * The Constant Contact client: `const api = constantContact(new Switchboard({ baseUrl, apiKey }))`.
 */
export const constantContact = (sb: Switchboard): ConstantContactClient => bindClient<ConstantContactClient>(sb, "constant-contact", routes);
