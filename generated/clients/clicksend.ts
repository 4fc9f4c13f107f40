// Generated from providers/clicksend.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clicksend.js';

/**
 * ClickSend through the Switchboard gateway: SMS, MMS and text-to-voice sending with history, SMS templates, contact lists and contacts, and sender email addresses of a ClickSend account.
 */
export interface ClicksendClient {
    /** Read the account's profile, balance and settings. `GET /v3/account` */
    getAccount: Call<operations["getAccount"]>;
    /** Send one or more SMS messages, now or at a scheduled time. `POST /v3/sms/send` */
    sendSms: Call<operations["sendSms"]>;
    /** List sent SMS messages with their delivery status. `GET /v3/sms/history` */
    getSmsHistory: Paged<operations["getSmsHistory"]>;
    /** List saved SMS templates. `GET /v3/sms/templates` */
    listSmsTemplates: Paged<operations["listSmsTemplates"]>;
    /** Save a new SMS template. `POST /v3/sms/templates` */
    createSmsTemplate: Call<operations["createSmsTemplate"]>;
    /** Rename a template or change its text. `PUT /v3/sms/templates/{template_id}` */
    updateSmsTemplate: Call<operations["updateSmsTemplate"]>;
    /** Delete an SMS template. `DELETE /v3/sms/templates/{template_id}` */
    deleteSmsTemplate: Call<operations["deleteSmsTemplate"]>;
    /** Send one or more MMS messages with an image attached. `POST /v3/mms/send` */
    sendMms: Call<operations["sendMms"]>;
    /** List sent MMS messages with their delivery status. `GET /v3/mms/history` */
    getMmsHistory: Paged<operations["getMmsHistory"]>;
    /** Call numbers and read a text aloud with a synthetic voice. `POST /v3/voice/send` */
    sendVoice: Call<operations["sendVoice"]>;
    /** List the languages and voices available for voice messages. `GET /v3/voice/lang` */
    listVoiceLanguages: Call<operations["listVoiceLanguages"]>;
    /** List the account's contact lists. `GET /v3/lists` */
    listContactLists: Paged<operations["listContactLists"]>;
    /** Create a contact list. `POST /v3/lists` */
    createContactList: Call<operations["createContactList"]>;
    /** Read one contact list. `GET /v3/lists/{list_id}` */
    getContactList: Call<operations["getContactList"]>;
    /** Rename a contact list. `PUT /v3/lists/{list_id}` */
    updateContactList: Call<operations["updateContactList"]>;
    /** Delete a contact list and its contacts. `DELETE /v3/lists/{list_id}` */
    deleteContactList: Call<operations["deleteContactList"]>;
    /** List the contacts of a list. `GET /v3/lists/{list_id}/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Add a contact to a list. `POST /v3/lists/{list_id}/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Read one contact of a list. `GET /v3/lists/{list_id}/contacts/{contact_id}` */
    getContact: Call<operations["getContact"]>;
    /** Change a contact's details. `PUT /v3/lists/{list_id}/contacts/{contact_id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Remove a contact from a list. `DELETE /v3/lists/{list_id}/contacts/{contact_id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List the sender email addresses on the account and whether they are verified. `GET /v3/email/addresses` */
    listEmailAddresses: Paged<operations["listEmailAddresses"]>;
    /** Add a sender email address; ClickSend then sends it a verification email. `POST /v3/email/addresses` */
    createEmailAddress: Call<operations["createEmailAddress"]>;
    /** Remove a sender email address. `DELETE /v3/email/addresses/{email_address_id}` */
    deleteEmailAddress: Call<operations["deleteEmailAddress"]>;
    /** List the countries ClickSend knows, with their codes. `GET /v3/countries` */
    listCountries: Call<operations["listCountries"]>;
}

const routes: Routes<ClicksendClient> = {
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
};

/**
 * The ClickSend client: `const api = clicksend(new Switchboard({ baseUrl, apiKey }))`.
 */
export const clicksend = (sb: Switchboard): ClicksendClient => bindClient<ClicksendClient>(sb, "clicksend", routes);
