// Generated from providers/google-contacts.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-contacts.js';

/**
 * Google Contacts through the Switchboard gateway: A Google account's contacts, contact groups and other contacts through the People API.
 */
export interface GoogleContactsClient {
    /** Page through the user's saved contacts with the fields asked for. `GET /v1/people/me/connections` */
    listConnections: Paged<operations["listConnections"]>;
    /** Read one contact, or the user's own profile with people/me. `GET /v1/people/{personId}` */
    getPerson: Call<operations["getPerson"]>;
    /** Read up to 200 contacts at once by resource name. `GET /v1/people:batchGet` */
    batchGetPeople: Call<operations["batchGetPeople"]>;
    /** Find saved contacts whose names, nicknames, e-mail addresses, phone numbers or organisations start with the query. `GET /v1/people:searchContacts` */
    searchContacts: Call<operations["searchContacts"]>;
    /** Create a contact. `POST /v1/people:createContact` */
    createContact: Call<operations["createContact"]>;
    /** Change the contact fields named in updatePersonFields; the body must carry the current etag. `PATCH /v1/people/{personId}:updateContact` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /v1/people/{personId}:deleteContact` */
    deleteContact: Call<operations["deleteContact"]>;
    /** Create up to 200 contacts in one call. `POST /v1/people:batchCreateContacts` */
    batchCreateContacts: Call<operations["batchCreateContacts"]>;
    /** Delete up to 500 contacts in one call. `POST /v1/people:batchDeleteContacts` */
    batchDeleteContacts: Call<operations["batchDeleteContacts"]>;
    /** List the user's contact groups, built-in and self-made. `GET /v1/contactGroups` */
    listContactGroups: Paged<operations["listContactGroups"]>;
    /** Read a contact group, optionally with the resource names of its members. `GET /v1/contactGroups/{contactGroupId}` */
    getContactGroup: Call<operations["getContactGroup"]>;
    /** Create a contact group with a unique name. `POST /v1/contactGroups` */
    createContactGroup: Call<operations["createContactGroup"]>;
    /** Delete a self-made contact group, optionally with its contacts. `DELETE /v1/contactGroups/{contactGroupId}` */
    deleteContactGroup: Call<operations["deleteContactGroup"]>;
    /** Add contacts to and remove contacts from a group. `POST /v1/contactGroups/{contactGroupId}/members:modify` */
    modifyContactGroupMembers: Call<operations["modifyContactGroupMembers"]>;
    /** Page through the contacts Google saved automatically from the user's interactions. `GET /v1/otherContacts` */
    listOtherContacts: Paged<operations["listOtherContacts"]>;
}

const routes: Routes<GoogleContactsClient> = {
    listConnections: {"method":"GET","path":"/v1/people/me/connections","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getPerson: {"method":"GET","path":"/v1/people/{personId}"},
    batchGetPeople: {"method":"GET","path":"/v1/people:batchGet"},
    searchContacts: {"method":"GET","path":"/v1/people:searchContacts"},
    createContact: {"method":"POST","path":"/v1/people:createContact","body":"application/json"},
    updateContact: {"method":"PATCH","path":"/v1/people/{personId}:updateContact","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/v1/people/{personId}:deleteContact"},
    batchCreateContacts: {"method":"POST","path":"/v1/people:batchCreateContacts","body":"application/json"},
    batchDeleteContacts: {"method":"POST","path":"/v1/people:batchDeleteContacts","body":"application/json"},
    listContactGroups: {"method":"GET","path":"/v1/contactGroups","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getContactGroup: {"method":"GET","path":"/v1/contactGroups/{contactGroupId}"},
    createContactGroup: {"method":"POST","path":"/v1/contactGroups","body":"application/json"},
    deleteContactGroup: {"method":"DELETE","path":"/v1/contactGroups/{contactGroupId}"},
    modifyContactGroupMembers: {"method":"POST","path":"/v1/contactGroups/{contactGroupId}/members:modify","body":"application/json"},
    listOtherContacts: {"method":"GET","path":"/v1/otherContacts","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
};

/**
 * The Google Contacts client: `const api = googleContacts(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleContacts = (sb: Switchboard): GoogleContactsClient => bindClient<GoogleContactsClient>(sb, "google-contacts", routes);
