// Generated from providers/clicksend.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clicksend.js';

/**
 * ClickSend through the Switchboard gateway: SMS, MMS and text-to-voice sending with history, SMS templates, contact lists and contacts, and sender email addresses of a ClickSend account.
 */
export interface ClicksendClient {
    /**
     * Read the account's profile, balance and settings.
     *
     * `GET /v3/account`
     */
    getAccount(args?: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * Send one or more SMS messages, now or at a scheduled time.
     *
     * `POST /v3/sms/send`
     */
    sendSms(args: Args<operations["sendSms"]>, options?: CallOptions): Promise<Result<Data<operations["sendSms"]>>>;
    /**
     * List sent SMS messages with their delivery status.
     *
     * `GET /v3/sms/history`
     */
    getSmsHistory: {
        (args?: Args<operations["getSmsHistory"]>, options?: CallOptions): Promise<Result<Data<operations["getSmsHistory"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["getSmsHistory"]>, options?: CallOptions): AsyncGenerator<Data<operations["getSmsHistory"]>, void, undefined>;
    };
    /**
     * List saved SMS templates.
     *
     * `GET /v3/sms/templates`
     */
    listSmsTemplates: {
        (args?: Args<operations["listSmsTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listSmsTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSmsTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSmsTemplates"]>, void, undefined>;
    };
    /**
     * Save a new SMS template.
     *
     * `POST /v3/sms/templates`
     */
    createSmsTemplate(args: Args<operations["createSmsTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["createSmsTemplate"]>>>;
    /**
     * Rename a template or change its text.
     *
     * `PUT /v3/sms/templates/{template_id}`
     */
    updateSmsTemplate(args: Args<operations["updateSmsTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["updateSmsTemplate"]>>>;
    /**
     * Delete an SMS template.
     *
     * `DELETE /v3/sms/templates/{template_id}`
     */
    deleteSmsTemplate(args: Args<operations["deleteSmsTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSmsTemplate"]>>>;
    /**
     * Send one or more MMS messages with an image attached.
     *
     * `POST /v3/mms/send`
     */
    sendMms(args: Args<operations["sendMms"]>, options?: CallOptions): Promise<Result<Data<operations["sendMms"]>>>;
    /**
     * List sent MMS messages with their delivery status.
     *
     * `GET /v3/mms/history`
     */
    getMmsHistory: {
        (args?: Args<operations["getMmsHistory"]>, options?: CallOptions): Promise<Result<Data<operations["getMmsHistory"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["getMmsHistory"]>, options?: CallOptions): AsyncGenerator<Data<operations["getMmsHistory"]>, void, undefined>;
    };
    /**
     * Call numbers and read a text aloud with a synthetic voice.
     *
     * `POST /v3/voice/send`
     */
    sendVoice(args: Args<operations["sendVoice"]>, options?: CallOptions): Promise<Result<Data<operations["sendVoice"]>>>;
    /**
     * List the languages and voices available for voice messages.
     *
     * `GET /v3/voice/lang`
     */
    listVoiceLanguages(args?: Args<operations["listVoiceLanguages"]>, options?: CallOptions): Promise<Result<Data<operations["listVoiceLanguages"]>>>;
    /**
     * List the account's contact lists.
     *
     * `GET /v3/lists`
     */
    listContactLists: {
        (args?: Args<operations["listContactLists"]>, options?: CallOptions): Promise<Result<Data<operations["listContactLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContactLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContactLists"]>, void, undefined>;
    };
    /**
     * Create a contact list.
     *
     * `POST /v3/lists`
     */
    createContactList(args: Args<operations["createContactList"]>, options?: CallOptions): Promise<Result<Data<operations["createContactList"]>>>;
    /**
     * Read one contact list.
     *
     * `GET /v3/lists/{list_id}`
     */
    getContactList(args: Args<operations["getContactList"]>, options?: CallOptions): Promise<Result<Data<operations["getContactList"]>>>;
    /**
     * Rename a contact list.
     *
     * `PUT /v3/lists/{list_id}`
     */
    updateContactList(args: Args<operations["updateContactList"]>, options?: CallOptions): Promise<Result<Data<operations["updateContactList"]>>>;
    /**
     * Delete a contact list and its contacts.
     *
     * `DELETE /v3/lists/{list_id}`
     */
    deleteContactList(args: Args<operations["deleteContactList"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContactList"]>>>;
    /**
     * List the contacts of a list.
     *
     * `GET /v3/lists/{list_id}/contacts`
     */
    listContacts: {
        (args: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Add a contact to a list.
     *
     * `POST /v3/lists/{list_id}/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Read one contact of a list.
     *
     * `GET /v3/lists/{list_id}/contacts/{contact_id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Change a contact's details.
     *
     * `PUT /v3/lists/{list_id}/contacts/{contact_id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Remove a contact from a list.
     *
     * `DELETE /v3/lists/{list_id}/contacts/{contact_id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List the sender email addresses on the account and whether they are verified.
     *
     * `GET /v3/email/addresses`
     */
    listEmailAddresses: {
        (args?: Args<operations["listEmailAddresses"]>, options?: CallOptions): Promise<Result<Data<operations["listEmailAddresses"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEmailAddresses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEmailAddresses"]>, void, undefined>;
    };
    /**
     * Add a sender email address; ClickSend then sends it a verification email.
     *
     * `POST /v3/email/addresses`
     */
    createEmailAddress(args: Args<operations["createEmailAddress"]>, options?: CallOptions): Promise<Result<Data<operations["createEmailAddress"]>>>;
    /**
     * Remove a sender email address.
     *
     * `DELETE /v3/email/addresses/{email_address_id}`
     */
    deleteEmailAddress(args: Args<operations["deleteEmailAddress"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEmailAddress"]>>>;
    /**
     * List the countries ClickSend knows, with their codes.
     *
     * `GET /v3/countries`
     */
    listCountries(args?: Args<operations["listCountries"]>, options?: CallOptions): Promise<Result<Data<operations["listCountries"]>>>;
}

const routes = {
    getAccount: {"method":"GET","path":"/v3/account"},
    sendSms: {"method":"POST","path":"/v3/sms/send","body":"application/json"},
    getSmsHistory: {"method":"GET","path":"/v3/sms/history","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data.data","totalPages":"data.last_page"}},
    listSmsTemplates: {"method":"GET","path":"/v3/sms/templates","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data.data","totalPages":"data.last_page"}},
    createSmsTemplate: {"method":"POST","path":"/v3/sms/templates","body":"application/json"},
    updateSmsTemplate: {"method":"PUT","path":"/v3/sms/templates/{template_id}","body":"application/json"},
    deleteSmsTemplate: {"method":"DELETE","path":"/v3/sms/templates/{template_id}"},
    sendMms: {"method":"POST","path":"/v3/mms/send","body":"application/json"},
    getMmsHistory: {"method":"GET","path":"/v3/mms/history","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data.data","totalPages":"data.last_page"}},
    sendVoice: {"method":"POST","path":"/v3/voice/send","body":"application/json"},
    listVoiceLanguages: {"method":"GET","path":"/v3/voice/lang"},
    listContactLists: {"method":"GET","path":"/v3/lists","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data.data","totalPages":"data.last_page"}},
    createContactList: {"method":"POST","path":"/v3/lists","body":"application/json"},
    getContactList: {"method":"GET","path":"/v3/lists/{list_id}"},
    updateContactList: {"method":"PUT","path":"/v3/lists/{list_id}","body":"application/json"},
    deleteContactList: {"method":"DELETE","path":"/v3/lists/{list_id}"},
    listContacts: {"method":"GET","path":"/v3/lists/{list_id}/contacts","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data.data","totalPages":"data.last_page"}},
    createContact: {"method":"POST","path":"/v3/lists/{list_id}/contacts","body":"application/json"},
    getContact: {"method":"GET","path":"/v3/lists/{list_id}/contacts/{contact_id}"},
    updateContact: {"method":"PUT","path":"/v3/lists/{list_id}/contacts/{contact_id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/v3/lists/{list_id}/contacts/{contact_id}"},
    listEmailAddresses: {"method":"GET","path":"/v3/email/addresses","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data.data","totalPages":"data.last_page"}},
    createEmailAddress: {"method":"POST","path":"/v3/email/addresses","body":"application/json"},
    deleteEmailAddress: {"method":"DELETE","path":"/v3/email/addresses/{email_address_id}"},
    listCountries: {"method":"GET","path":"/v3/countries"},
} satisfies Record<string, Route>;

/**
 * The ClickSend client: `const api = clicksend(new Switchboard({ baseUrl, apiKey }))`.
 */
export function clicksend(client: Switchboard): ClicksendClient {
    const app = "clicksend";
    return {
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        sendSms: (args, options) => client.call(app, routes.sendSms, args, options),
        getSmsHistory: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getSmsHistory, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getSmsHistory, args, options) }) as ClicksendClient["getSmsHistory"],
        listSmsTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSmsTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSmsTemplates, args, options) }) as ClicksendClient["listSmsTemplates"],
        createSmsTemplate: (args, options) => client.call(app, routes.createSmsTemplate, args, options),
        updateSmsTemplate: (args, options) => client.call(app, routes.updateSmsTemplate, args, options),
        deleteSmsTemplate: (args, options) => client.call(app, routes.deleteSmsTemplate, args, options),
        sendMms: (args, options) => client.call(app, routes.sendMms, args, options),
        getMmsHistory: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getMmsHistory, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getMmsHistory, args, options) }) as ClicksendClient["getMmsHistory"],
        sendVoice: (args, options) => client.call(app, routes.sendVoice, args, options),
        listVoiceLanguages: (args, options) => client.call(app, routes.listVoiceLanguages, args, options),
        listContactLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContactLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContactLists, args, options) }) as ClicksendClient["listContactLists"],
        createContactList: (args, options) => client.call(app, routes.createContactList, args, options),
        getContactList: (args, options) => client.call(app, routes.getContactList, args, options),
        updateContactList: (args, options) => client.call(app, routes.updateContactList, args, options),
        deleteContactList: (args, options) => client.call(app, routes.deleteContactList, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as ClicksendClient["listContacts"],
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listEmailAddresses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEmailAddresses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEmailAddresses, args, options) }) as ClicksendClient["listEmailAddresses"],
        createEmailAddress: (args, options) => client.call(app, routes.createEmailAddress, args, options),
        deleteEmailAddress: (args, options) => client.call(app, routes.deleteEmailAddress, args, options),
        listCountries: (args, options) => client.call(app, routes.listCountries, args, options),
    };
}