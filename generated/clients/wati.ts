// Generated from providers/wati.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/wati.js';

/**
 * WATI through the Switchboard gateway: WhatsApp contacts, session and template messages, interactive messages, operators and media of a WATI account.
 */
export interface WatiClient {
    /** List contacts a page at a time, optionally filtered by name, attribute or creation date. `GET /api/v1/getContacts` */
    getContacts: Paged<operations["getContacts"]>;
    /** Add a contact with a name and custom attributes. `POST /api/v1/addContact/{whatsappNumber}` */
    addContact: Call<operations["addContact"]>;
    /** Set custom attribute values of a contact. `POST /api/v1/updateContactAttributes/{whatsappNumber}` */
    updateContactAttributes: Call<operations["updateContactAttributes"]>;
    /** List the conversation history with one contact, newest first. `GET /api/v1/getMessages/{whatsappNumber}` */
    getMessages: Paged<operations["getMessages"]>;
    /** Send a free-form text message inside an open 24-hour conversation window. `POST /api/v1/sendSessionMessage/{whatsappNumber}` */
    sendSessionMessage: Call<operations["sendSessionMessage"]>;
    /** Send a file (image, document, audio or video) inside an open conversation window. `POST /api/v1/sendSessionFile/{whatsappNumber}` */
    sendSessionFile: Call<operations["sendSessionFile"]>;
    /** List the account's WhatsApp message templates and their approval status. `GET /api/v1/getMessageTemplates` */
    getMessageTemplates: Paged<operations["getMessageTemplates"]>;
    /** Send an approved template to one number, filling its parameters. `POST /api/v1/sendTemplateMessage` */
    sendTemplateMessage: Call<operations["sendTemplateMessage"]>;
    /** Send an approved template to many numbers, each with its own parameters. `POST /api/v1/sendTemplateMessages` */
    sendTemplateMessages: Call<operations["sendTemplateMessages"]>;
    /** Send an approved template to one number and get a local message id to track it. `POST /api/v2/sendTemplateMessage` */
    sendTemplateMessageV2: Call<operations["sendTemplateMessageV2"]>;
    /** Send an approved template to many numbers and get a local message id per recipient. `POST /api/v2/sendTemplateMessages` */
    sendTemplateMessagesV2: Call<operations["sendTemplateMessagesV2"]>;
    /** Send a message with up to three quick-reply buttons. `POST /api/v1/sendInteractiveButtonsMessage` */
    sendInteractiveButtonsMessage: Call<operations["sendInteractiveButtonsMessage"]>;
    /** Send a message with a button that opens a list of selectable rows in sections. `POST /api/v1/sendInteractiveListMessage` */
    sendInteractiveListMessage: Call<operations["sendInteractiveListMessage"]>;
    /** Hand a contact's conversation to a team member by email. `POST /api/v1/assignOperator` */
    assignOperator: Call<operations["assignOperator"]>;
    /** Download a media file received in a conversation by its file name. `GET /api/v1/getMedia` */
    getMedia: Call<operations["getMedia"]>;
}

const routes: Routes<WatiClient> = {
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
};

/**
 * The WATI client: `const api = wati(new Switchboard({ baseUrl, apiKey }))`.
 */
export const wati = (sb: Switchboard): WatiClient => bindClient<WatiClient>(sb, "wati", routes);
