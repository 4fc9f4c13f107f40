// Generated from providers/outlook.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/outlook.js';

/**
 * Outlook through the Switchboard gateway: Mail folders and messages, sending mail, calendars and events, and personal contacts of the signed-in user's mailbox, through Microsoft Graph.
 */
export interface OutlookClient {
    /**
     * Read the signed-in user's profile, including name and mail address.
     *
     * `GET /v1.0/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * List the mailbox's top-level mail folders with item counts.
     *
     * `GET /v1.0/me/mailFolders`
     */
    listMailFolders: {
        (args?: Args<operations["listMailFolders"]>, options?: CallOptions): Promise<Result<Data<operations["listMailFolders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMailFolders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMailFolders"]>, void, undefined>;
    };
    /**
     * Read one mail folder by id or well-known name.
     *
     * `GET /v1.0/me/mailFolders/{folderId}`
     */
    getMailFolder(args: Args<operations["getMailFolder"]>, options?: CallOptions): Promise<Result<Data<operations["getMailFolder"]>>>;
    /**
     * Create a top-level mail folder.
     *
     * `POST /v1.0/me/mailFolders`
     */
    createMailFolder(args: Args<operations["createMailFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createMailFolder"]>>>;
    /**
     * List messages across the whole mailbox, newest first by default, with filtering and search.
     *
     * `GET /v1.0/me/messages`
     */
    listMessages: {
        (args?: Args<operations["listMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listMessages"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMessages"]>, void, undefined>;
    };
    /**
     * List the messages in one mail folder, such as Inbox.
     *
     * `GET /v1.0/me/mailFolders/{folderId}/messages`
     */
    listFolderMessages: {
        (args: Args<operations["listFolderMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFolderMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolderMessages"]>, void, undefined>;
    };
    /**
     * Read one message with its body and recipients.
     *
     * `GET /v1.0/me/messages/{messageId}`
     */
    getMessage(args: Args<operations["getMessage"]>, options?: CallOptions): Promise<Result<Data<operations["getMessage"]>>>;
    /**
     * Save a new message as a draft in the Drafts folder without sending it.
     *
     * `POST /v1.0/me/messages`
     */
    createDraft(args: Args<operations["createDraft"]>, options?: CallOptions): Promise<Result<Data<operations["createDraft"]>>>;
    /**
     * Change properties of a message, for example mark it read, flag it or edit a draft.
     *
     * `PATCH /v1.0/me/messages/{messageId}`
     */
    updateMessage(args: Args<operations["updateMessage"]>, options?: CallOptions): Promise<Result<Data<operations["updateMessage"]>>>;
    /**
     * Delete a message from the mailbox.
     *
     * `DELETE /v1.0/me/messages/{messageId}`
     */
    deleteMessage(args: Args<operations["deleteMessage"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMessage"]>>>;
    /**
     * Send a previously saved draft.
     *
     * `POST /v1.0/me/messages/{messageId}/send`
     */
    sendDraft(args: Args<operations["sendDraft"]>, options?: CallOptions): Promise<Result<Data<operations["sendDraft"]>>>;
    /**
     * Move a message to another mail folder; the moved copy gets a new id.
     *
     * `POST /v1.0/me/messages/{messageId}/move`
     */
    moveMessage(args: Args<operations["moveMessage"]>, options?: CallOptions): Promise<Result<Data<operations["moveMessage"]>>>;
    /**
     * Compose and send a message in one step.
     *
     * `POST /v1.0/me/sendMail`
     */
    sendMail(args: Args<operations["sendMail"]>, options?: CallOptions): Promise<Result<Data<operations["sendMail"]>>>;
    /**
     * List the user's calendars.
     *
     * `GET /v1.0/me/calendars`
     */
    listCalendars: {
        (args?: Args<operations["listCalendars"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendars"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCalendars"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCalendars"]>, void, undefined>;
    };
    /**
     * List the events of the user's default calendar (recurring series appear once, as their master).
     *
     * `GET /v1.0/me/calendar/events`
     */
    listEvents: {
        (args?: Args<operations["listEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listEvents"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEvents"]>, void, undefined>;
    };
    /**
     * Read one event with its times, attendees and location.
     *
     * `GET /v1.0/me/events/{eventId}`
     */
    getEvent(args: Args<operations["getEvent"]>, options?: CallOptions): Promise<Result<Data<operations["getEvent"]>>>;
    /**
     * Add an event to the default calendar and send invitations to its attendees.
     *
     * `POST /v1.0/me/calendar/events`
     */
    createEvent(args: Args<operations["createEvent"]>, options?: CallOptions): Promise<Result<Data<operations["createEvent"]>>>;
    /**
     * Delete an event from the calendar (an organizer's delete sends cancellations).
     *
     * `DELETE /v1.0/me/events/{eventId}`
     */
    deleteEvent(args: Args<operations["deleteEvent"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEvent"]>>>;
    /**
     * List the personal contacts in the user's default contacts folder.
     *
     * `GET /v1.0/me/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Add a personal contact.
     *
     * `POST /v1.0/me/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Delete a personal contact.
     *
     * `DELETE /v1.0/me/contacts/{contactId}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Outlook client: `const api = outlook(new Switchboard({ baseUrl, apiKey }))`.
 */
export function outlook(client: Switchboard): OutlookClient {
    const app = "outlook";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        listMailFolders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMailFolders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMailFolders, args, options) }) as OutlookClient["listMailFolders"],
        getMailFolder: (args, options) => client.call(app, routes.getMailFolder, args, options),
        createMailFolder: (args, options) => client.call(app, routes.createMailFolder, args, options),
        listMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMessages, args, options) }) as OutlookClient["listMessages"],
        listFolderMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolderMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolderMessages, args, options) }) as OutlookClient["listFolderMessages"],
        getMessage: (args, options) => client.call(app, routes.getMessage, args, options),
        createDraft: (args, options) => client.call(app, routes.createDraft, args, options),
        updateMessage: (args, options) => client.call(app, routes.updateMessage, args, options),
        deleteMessage: (args, options) => client.call(app, routes.deleteMessage, args, options),
        sendDraft: (args, options) => client.call(app, routes.sendDraft, args, options),
        moveMessage: (args, options) => client.call(app, routes.moveMessage, args, options),
        sendMail: (args, options) => client.call(app, routes.sendMail, args, options),
        listCalendars: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCalendars, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCalendars, args, options) }) as OutlookClient["listCalendars"],
        listEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEvents, args, options) }) as OutlookClient["listEvents"],
        getEvent: (args, options) => client.call(app, routes.getEvent, args, options),
        createEvent: (args, options) => client.call(app, routes.createEvent, args, options),
        deleteEvent: (args, options) => client.call(app, routes.deleteEvent, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as OutlookClient["listContacts"],
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
    };
}