// Generated from providers/google-contacts.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-contacts.js';

/**
 * Google Contacts through the Switchboard gateway: A Google account's contacts, contact groups and other contacts through the People API.
 */
export interface GoogleContactsClient {
    /**
     * Page through the user's saved contacts with the fields asked for.
     *
     * `GET /v1/people/me/connections`
     */
    listConnections: {
        (args: Args<operations["listConnections"]>, options?: CallOptions): Promise<Result<Data<operations["listConnections"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listConnections"]>, options?: CallOptions): AsyncGenerator<Data<operations["listConnections"]>, void, undefined>;
    };
    /**
     * Read one contact, or the user's own profile with people/me.
     *
     * `GET /v1/people/{personId}`
     */
    getPerson(args: Args<operations["getPerson"]>, options?: CallOptions): Promise<Result<Data<operations["getPerson"]>>>;
    /**
     * Read up to 200 contacts at once by resource name.
     *
     * `GET /v1/people:batchGet`
     */
    batchGetPeople(args: Args<operations["batchGetPeople"]>, options?: CallOptions): Promise<Result<Data<operations["batchGetPeople"]>>>;
    /**
     * Find saved contacts whose names, nicknames, e-mail addresses, phone numbers or organisations start with the query.
     *
     * `GET /v1/people:searchContacts`
     */
    searchContacts(args: Args<operations["searchContacts"]>, options?: CallOptions): Promise<Result<Data<operations["searchContacts"]>>>;
    /**
     * Create a contact.
     *
     * `POST /v1/people:createContact`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change the contact fields named in updatePersonFields; the body must carry the current etag.
     *
     * `PATCH /v1/people/{personId}:updateContact`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /v1/people/{personId}:deleteContact`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * Create up to 200 contacts in one call.
     *
     * `POST /v1/people:batchCreateContacts`
     */
    batchCreateContacts(args: Args<operations["batchCreateContacts"]>, options?: CallOptions): Promise<Result<Data<operations["batchCreateContacts"]>>>;
    /**
     * Delete up to 500 contacts in one call.
     *
     * `POST /v1/people:batchDeleteContacts`
     */
    batchDeleteContacts(args: Args<operations["batchDeleteContacts"]>, options?: CallOptions): Promise<Result<Data<operations["batchDeleteContacts"]>>>;
    /**
     * List the user's contact groups, built-in and self-made.
     *
     * `GET /v1/contactGroups`
     */
    listContactGroups: {
        (args?: Args<operations["listContactGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listContactGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContactGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContactGroups"]>, void, undefined>;
    };
    /**
     * Read a contact group, optionally with the resource names of its members.
     *
     * `GET /v1/contactGroups/{contactGroupId}`
     */
    getContactGroup(args: Args<operations["getContactGroup"]>, options?: CallOptions): Promise<Result<Data<operations["getContactGroup"]>>>;
    /**
     * Create a contact group with a unique name.
     *
     * `POST /v1/contactGroups`
     */
    createContactGroup(args: Args<operations["createContactGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createContactGroup"]>>>;
    /**
     * Delete a self-made contact group, optionally with its contacts.
     *
     * `DELETE /v1/contactGroups/{contactGroupId}`
     */
    deleteContactGroup(args: Args<operations["deleteContactGroup"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContactGroup"]>>>;
    /**
     * Add contacts to and remove contacts from a group.
     *
     * `POST /v1/contactGroups/{contactGroupId}/members:modify`
     */
    modifyContactGroupMembers(args: Args<operations["modifyContactGroupMembers"]>, options?: CallOptions): Promise<Result<Data<operations["modifyContactGroupMembers"]>>>;
    /**
     * Page through the contacts Google saved automatically from the user's interactions.
     *
     * `GET /v1/otherContacts`
     */
    listOtherContacts: {
        (args: Args<operations["listOtherContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listOtherContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOtherContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOtherContacts"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Google Contacts client: `const api = googleContacts(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleContacts(client: Switchboard): GoogleContactsClient {
    const app = "google-contacts";
    return {
        listConnections: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listConnections, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listConnections, args, options) }) as GoogleContactsClient["listConnections"],
        getPerson: (args, options) => client.call(app, routes.getPerson, args, options),
        batchGetPeople: (args, options) => client.call(app, routes.batchGetPeople, args, options),
        searchContacts: (args, options) => client.call(app, routes.searchContacts, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        batchCreateContacts: (args, options) => client.call(app, routes.batchCreateContacts, args, options),
        batchDeleteContacts: (args, options) => client.call(app, routes.batchDeleteContacts, args, options),
        listContactGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContactGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContactGroups, args, options) }) as GoogleContactsClient["listContactGroups"],
        getContactGroup: (args, options) => client.call(app, routes.getContactGroup, args, options),
        createContactGroup: (args, options) => client.call(app, routes.createContactGroup, args, options),
        deleteContactGroup: (args, options) => client.call(app, routes.deleteContactGroup, args, options),
        modifyContactGroupMembers: (args, options) => client.call(app, routes.modifyContactGroupMembers, args, options),
        listOtherContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOtherContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOtherContacts, args, options) }) as GoogleContactsClient["listOtherContacts"],
    };
}