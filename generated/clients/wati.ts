// Generated from providers/wati.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/wati.js';

/**
 * WATI through the Switchboard gateway: WhatsApp contacts, session and template messages, interactive messages, operators and media of a WATI account.
 */
export interface WatiClient {
    /**
     * List contacts a page at a time, optionally filtered by name, attribute or creation date.
     *
     * `GET /api/v1/getContacts`
     */
    getContacts: {
        (args?: Args<operations["getContacts"]>, options?: CallOptions): Promise<Result<Data<operations["getContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["getContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["getContacts"]>, void, undefined>;
    };
    /**
     * Add a contact with a name and custom attributes.
     *
     * `POST /api/v1/addContact/{whatsappNumber}`
     */
    addContact(args: Args<operations["addContact"]>, options?: CallOptions): Promise<Result<Data<operations["addContact"]>>>;
    /**
     * Set custom attribute values of a contact.
     *
     * `POST /api/v1/updateContactAttributes/{whatsappNumber}`
     */
    updateContactAttributes(args: Args<operations["updateContactAttributes"]>, options?: CallOptions): Promise<Result<Data<operations["updateContactAttributes"]>>>;
    /**
     * List the conversation history with one contact, newest first.
     *
     * `GET /api/v1/getMessages/{whatsappNumber}`
     */
    getMessages: {
        (args: Args<operations["getMessages"]>, options?: CallOptions): Promise<Result<Data<operations["getMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["getMessages"]>, void, undefined>;
    };
    /**
     * Send a free-form text message inside an open 24-hour conversation window.
     *
     * `POST /api/v1/sendSessionMessage/{whatsappNumber}`
     */
    sendSessionMessage(args: Args<operations["sendSessionMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendSessionMessage"]>>>;
    /**
     * Send a file (image, document, audio or video) inside an open conversation window.
     *
     * `POST /api/v1/sendSessionFile/{whatsappNumber}`
     */
    sendSessionFile(args: Args<operations["sendSessionFile"]>, options?: CallOptions): Promise<Result<Data<operations["sendSessionFile"]>>>;
    /**
     * List the account's WhatsApp message templates and their approval status.
     *
     * `GET /api/v1/getMessageTemplates`
     */
    getMessageTemplates: {
        (args?: Args<operations["getMessageTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["getMessageTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["getMessageTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["getMessageTemplates"]>, void, undefined>;
    };
    /**
     * Send an approved template to one number, filling its parameters.
     *
     * `POST /api/v1/sendTemplateMessage`
     */
    sendTemplateMessage(args: Args<operations["sendTemplateMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendTemplateMessage"]>>>;
    /**
     * Send an approved template to many numbers, each with its own parameters.
     *
     * `POST /api/v1/sendTemplateMessages`
     */
    sendTemplateMessages(args: Args<operations["sendTemplateMessages"]>, options?: CallOptions): Promise<Result<Data<operations["sendTemplateMessages"]>>>;
    /**
     * Send an approved template to one number and get a local message id to track it.
     *
     * `POST /api/v2/sendTemplateMessage`
     */
    sendTemplateMessageV2(args: Args<operations["sendTemplateMessageV2"]>, options?: CallOptions): Promise<Result<Data<operations["sendTemplateMessageV2"]>>>;
    /**
     * Send an approved template to many numbers and get a local message id per recipient.
     *
     * `POST /api/v2/sendTemplateMessages`
     */
    sendTemplateMessagesV2(args: Args<operations["sendTemplateMessagesV2"]>, options?: CallOptions): Promise<Result<Data<operations["sendTemplateMessagesV2"]>>>;
    /**
     * Send a message with up to three quick-reply buttons.
     *
     * `POST /api/v1/sendInteractiveButtonsMessage`
     */
    sendInteractiveButtonsMessage(args: Args<operations["sendInteractiveButtonsMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendInteractiveButtonsMessage"]>>>;
    /**
     * Send a message with a button that opens a list of selectable rows in sections.
     *
     * `POST /api/v1/sendInteractiveListMessage`
     */
    sendInteractiveListMessage(args: Args<operations["sendInteractiveListMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendInteractiveListMessage"]>>>;
    /**
     * Hand a contact's conversation to a team member by email.
     *
     * `POST /api/v1/assignOperator`
     */
    assignOperator(args: Args<operations["assignOperator"]>, options?: CallOptions): Promise<Result<Data<operations["assignOperator"]>>>;
    /**
     * Download a media file received in a conversation by its file name.
     *
     * `GET /api/v1/getMedia`
     */
    getMedia(args: Args<operations["getMedia"]>, options?: CallOptions): Promise<Result<Data<operations["getMedia"]>>>;
}

const routes = {
    getContacts: {"method":"GET","path":"/api/v1/getContacts","paging":{"style":"page","pageParam":"pageNumber","firstPage":1,"items":"contact_list"}},
    addContact: {"method":"POST","path":"/api/v1/addContact/{whatsappNumber}","body":"application/json"},
    updateContactAttributes: {"method":"POST","path":"/api/v1/updateContactAttributes/{whatsappNumber}","body":"application/json"},
    getMessages: {"method":"GET","path":"/api/v1/getMessages/{whatsappNumber}","paging":{"style":"page","pageParam":"pageNumber","firstPage":1,"items":"messages.items"}},
    sendSessionMessage: {"method":"POST","path":"/api/v1/sendSessionMessage/{whatsappNumber}","body":"application/x-www-form-urlencoded"},
    sendSessionFile: {"method":"POST","path":"/api/v1/sendSessionFile/{whatsappNumber}","body":"multipart/form-data"},
    getMessageTemplates: {"method":"GET","path":"/api/v1/getMessageTemplates","paging":{"style":"page","pageParam":"pageNumber","firstPage":1,"items":"messageTemplates"}},
    sendTemplateMessage: {"method":"POST","path":"/api/v1/sendTemplateMessage","body":"application/json"},
    sendTemplateMessages: {"method":"POST","path":"/api/v1/sendTemplateMessages","body":"application/json"},
    sendTemplateMessageV2: {"method":"POST","path":"/api/v2/sendTemplateMessage","body":"application/json"},
    sendTemplateMessagesV2: {"method":"POST","path":"/api/v2/sendTemplateMessages","body":"application/json"},
    sendInteractiveButtonsMessage: {"method":"POST","path":"/api/v1/sendInteractiveButtonsMessage","body":"application/json"},
    sendInteractiveListMessage: {"method":"POST","path":"/api/v1/sendInteractiveListMessage","body":"application/json"},
    assignOperator: {"method":"POST","path":"/api/v1/assignOperator"},
    getMedia: {"method":"GET","path":"/api/v1/getMedia","binary":true},
} satisfies Record<string, Route>;

/**
 * The WATI client: `const api = wati(new Switchboard({ baseUrl, apiKey }))`.
 */
export function wati(client: Switchboard): WatiClient {
    const app = "wati";
    return {
        getContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getContacts, args, options) }) as WatiClient["getContacts"],
        addContact: (args, options) => client.call(app, routes.addContact, args, options),
        updateContactAttributes: (args, options) => client.call(app, routes.updateContactAttributes, args, options),
        getMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getMessages, args, options) }) as WatiClient["getMessages"],
        sendSessionMessage: (args, options) => client.call(app, routes.sendSessionMessage, args, options),
        sendSessionFile: (args, options) => client.call(app, routes.sendSessionFile, args, options),
        getMessageTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getMessageTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getMessageTemplates, args, options) }) as WatiClient["getMessageTemplates"],
        sendTemplateMessage: (args, options) => client.call(app, routes.sendTemplateMessage, args, options),
        sendTemplateMessages: (args, options) => client.call(app, routes.sendTemplateMessages, args, options),
        sendTemplateMessageV2: (args, options) => client.call(app, routes.sendTemplateMessageV2, args, options),
        sendTemplateMessagesV2: (args, options) => client.call(app, routes.sendTemplateMessagesV2, args, options),
        sendInteractiveButtonsMessage: (args, options) => client.call(app, routes.sendInteractiveButtonsMessage, args, options),
        sendInteractiveListMessage: (args, options) => client.call(app, routes.sendInteractiveListMessage, args, options),
        assignOperator: (args, options) => client.call(app, routes.assignOperator, args, options),
        getMedia: (args, options) => client.call(app, routes.getMedia, args, options),
    };
}