// Generated from providers/outlook.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/outlook.js';

/**
 * Outlook through the Switchboard gateway: Mail folders and messages, sending mail, calendars and events, and personal contacts of the signed-in user's mailbox, through Microsoft Graph.
 */
export interface OutlookClient {
    /** Read the signed-in user's profile, including name and mail address. `GET /v1.0/me` */
    getMe: Call<operations["getMe"]>;
    /** List the mailbox's top-level mail folders with item counts. `GET /v1.0/me/mailFolders` */
    listMailFolders: Paged<operations["listMailFolders"]>;
    /** Read one mail folder by id or well-known name. `GET /v1.0/me/mailFolders/{folderId}` */
    getMailFolder: Call<operations["getMailFolder"]>;
    /** Create a top-level mail folder. `POST /v1.0/me/mailFolders` */
    createMailFolder: Call<operations["createMailFolder"]>;
    /** List messages across the whole mailbox, newest first by default, with filtering and search. `GET /v1.0/me/messages` */
    listMessages: Paged<operations["listMessages"]>;
    /** List the messages in one mail folder, such as Inbox. `GET /v1.0/me/mailFolders/{folderId}/messages` */
    listFolderMessages: Paged<operations["listFolderMessages"]>;
    /** Read one message with its body and recipients. `GET /v1.0/me/messages/{messageId}` */
    getMessage: Call<operations["getMessage"]>;
    /** Save a new message as a draft in the Drafts folder without sending it. `POST /v1.0/me/messages` */
    createDraft: Call<operations["createDraft"]>;
    /** Change properties of a message, for example mark it read, flag it or edit a draft. `PATCH /v1.0/me/messages/{messageId}` */
    updateMessage: Call<operations["updateMessage"]>;
    /** Delete a message from the mailbox. `DELETE /v1.0/me/messages/{messageId}` */
    deleteMessage: Call<operations["deleteMessage"]>;
    /** Send a previously saved draft. `POST /v1.0/me/messages/{messageId}/send` */
    sendDraft: Call<operations["sendDraft"]>;
    /** Move a message to another mail folder; the moved copy gets a new id. `POST /v1.0/me/messages/{messageId}/move` */
    moveMessage: Call<operations["moveMessage"]>;
    /** Compose and send a message in one step. `POST /v1.0/me/sendMail` */
    sendMail: Call<operations["sendMail"]>;
    /** List the user's calendars. `GET /v1.0/me/calendars` */
    listCalendars: Paged<operations["listCalendars"]>;
    /** List the events of the user's default calendar (recurring series appear once, as their master). `GET /v1.0/me/calendar/events` */
    listEvents: Paged<operations["listEvents"]>;
    /** Read one event with its times, attendees and location. `GET /v1.0/me/events/{eventId}` */
    getEvent: Call<operations["getEvent"]>;
    /** Add an event to the default calendar and send invitations to its attendees. `POST /v1.0/me/calendar/events` */
    createEvent: Call<operations["createEvent"]>;
    /** Delete an event from the calendar (an organizer's delete sends cancellations). `DELETE /v1.0/me/events/{eventId}` */
    deleteEvent: Call<operations["deleteEvent"]>;
    /** List the personal contacts in the user's default contacts folder. `GET /v1.0/me/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Add a personal contact. `POST /v1.0/me/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Delete a personal contact. `DELETE /v1.0/me/contacts/{contactId}` */
    deleteContact: Call<operations["deleteContact"]>;
}

const routes: Routes<OutlookClient> = {
    getMe: {"method":"GET","path":"/v1.0/me"},
    listMailFolders: {"method":"GET","path":"/v1.0/me/mailFolders","paging":{"style":"link"}},
    getMailFolder: {"method":"GET","path":"/v1.0/me/mailFolders/{folderId}"},
    createMailFolder: {"method":"POST","path":"/v1.0/me/mailFolders","body":"application/json"},
    listMessages: {"method":"GET","path":"/v1.0/me/messages","paging":{"style":"link"}},
    listFolderMessages: {"method":"GET","path":"/v1.0/me/mailFolders/{folderId}/messages","paging":{"style":"link"}},
    getMessage: {"method":"GET","path":"/v1.0/me/messages/{messageId}"},
    createDraft: {"method":"POST","path":"/v1.0/me/messages","body":"application/json"},
    updateMessage: {"method":"PATCH","path":"/v1.0/me/messages/{messageId}","body":"application/json"},
    deleteMessage: {"method":"DELETE","path":"/v1.0/me/messages/{messageId}"},
    sendDraft: {"method":"POST","path":"/v1.0/me/messages/{messageId}/send"},
    moveMessage: {"method":"POST","path":"/v1.0/me/messages/{messageId}/move","body":"application/json"},
    sendMail: {"method":"POST","path":"/v1.0/me/sendMail","body":"application/json"},
    listCalendars: {"method":"GET","path":"/v1.0/me/calendars","paging":{"style":"link"}},
    listEvents: {"method":"GET","path":"/v1.0/me/calendar/events","paging":{"style":"link"}},
    getEvent: {"method":"GET","path":"/v1.0/me/events/{eventId}"},
    createEvent: {"method":"POST","path":"/v1.0/me/calendar/events","body":"application/json"},
    deleteEvent: {"method":"DELETE","path":"/v1.0/me/events/{eventId}"},
    listContacts: {"method":"GET","path":"/v1.0/me/contacts","paging":{"style":"link"}},
    createContact: {"method":"POST","path":"/v1.0/me/contacts","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/v1.0/me/contacts/{contactId}"},
};

/**
 * The Outlook client: `const api = outlook(new Switchboard({ baseUrl, apiKey }))`.
 */
export const outlook = (sb: Switchboard): OutlookClient => bindClient<OutlookClient>(sb, "outlook", routes);
