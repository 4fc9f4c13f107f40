// Generated from providers/twilio.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/twilio.js';

/**
 * Twilio through the Switchboard gateway: SMS and MMS messages, voice calls, phone numbers, applications, queues and usage of a Twilio account.
 */
export interface TwilioClient {
    /** List the account and its subaccounts that the credentials can reach. `GET /2010-04-01/Accounts.json` */
    listAccounts: Paged<operations["listAccounts"]>;
    /** Read an account's name, status and type. `GET /2010-04-01/Accounts/{AccountSid}.json` */
    getAccount: Call<operations["getAccount"]>;
    /** List sent and received messages, newest first, optionally by number and date. `GET /2010-04-01/Accounts/{AccountSid}/Messages.json` */
    listMessages: Paged<operations["listMessages"]>;
    /** Send an SMS, MMS or WhatsApp message. `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` */
    sendMessage: Call<operations["sendMessage"]>;
    /** Read one message with its status, price and error details. `GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}.json` */
    getMessage: Call<operations["getMessage"]>;
    /** Delete a message record from the account's logs. `DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}.json` */
    deleteMessage: Call<operations["deleteMessage"]>;
    /** List calls, newest first, optionally by number, status and time. `GET /2010-04-01/Accounts/{AccountSid}/Calls.json` */
    listCalls: Paged<operations["listCalls"]>;
    /** Place an outbound call whose behaviour comes from a TwiML URL, inline TwiML or an application. `POST /2010-04-01/Accounts/{AccountSid}/Calls.json` */
    createCall: Call<operations["createCall"]>;
    /** Read one call with its status, duration and price. `GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json` */
    getCall: Call<operations["getCall"]>;
    /** Change a live call, e.g. end it with Status=completed or redirect it to new TwiML. `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json` */
    updateCall: Call<operations["updateCall"]>;
    /** List the phone numbers the account owns. `GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json` */
    listIncomingPhoneNumbers: Paged<operations["listIncomingPhoneNumbers"]>;
    /** Read one owned phone number with its capabilities and webhook settings. `GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{PhoneNumberSid}.json` */
    getIncomingPhoneNumber: Call<operations["getIncomingPhoneNumber"]>;
    /** Change a phone number's name or the URLs and applications that handle its calls and messages. `POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{PhoneNumberSid}.json` */
    updateIncomingPhoneNumber: Call<operations["updateIncomingPhoneNumber"]>;
    /** List the TwiML applications of the account. `GET /2010-04-01/Accounts/{AccountSid}/Applications.json` */
    listApplications: Paged<operations["listApplications"]>;
    /** Create a TwiML application that bundles voice and messaging URLs. `POST /2010-04-01/Accounts/{AccountSid}/Applications.json` */
    createApplication: Call<operations["createApplication"]>;
    /** Delete a TwiML application. `DELETE /2010-04-01/Accounts/{AccountSid}/Applications/{ApplicationSid}.json` */
    deleteApplication: Call<operations["deleteApplication"]>;
    /** List the call queues of the account with their current sizes. `GET /2010-04-01/Accounts/{AccountSid}/Queues.json` */
    listQueues: Paged<operations["listQueues"]>;
    /** Create a call queue. `POST /2010-04-01/Accounts/{AccountSid}/Queues.json` */
    createQueue: Call<operations["createQueue"]>;
    /** List usage and cost per category over a date range. `GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json` */
    listUsageRecords: Paged<operations["listUsageRecords"]>;
}

const routes: Routes<TwilioClient> = {
    listAccounts: {"method":"GET","path":"/2010-04-01/Accounts.json","paging":{"style":"page","pageParam":"Page","firstPage":0,"items":"accounts"}},
    getAccount: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}.json"},
    listMessages: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/Messages.json","paging":{"style":"page","pageParam":"Page","firstPage":0,"items":"messages"}},
    sendMessage: {"method":"POST","path":"/2010-04-01/Accounts/{AccountSid}/Messages.json","body":"application/x-www-form-urlencoded"},
    getMessage: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}.json"},
    deleteMessage: {"method":"DELETE","path":"/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}.json"},
    listCalls: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/Calls.json","paging":{"style":"page","pageParam":"Page","firstPage":0,"items":"calls"}},
    createCall: {"method":"POST","path":"/2010-04-01/Accounts/{AccountSid}/Calls.json","body":"application/x-www-form-urlencoded"},
    getCall: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json"},
    updateCall: {"method":"POST","path":"/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json","body":"application/x-www-form-urlencoded"},
    listIncomingPhoneNumbers: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json","paging":{"style":"page","pageParam":"Page","firstPage":0,"items":"incoming_phone_numbers"}},
    getIncomingPhoneNumber: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{PhoneNumberSid}.json"},
    updateIncomingPhoneNumber: {"method":"POST","path":"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{PhoneNumberSid}.json","body":"application/x-www-form-urlencoded"},
    listApplications: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/Applications.json","paging":{"style":"page","pageParam":"Page","firstPage":0,"items":"applications"}},
    createApplication: {"method":"POST","path":"/2010-04-01/Accounts/{AccountSid}/Applications.json","body":"application/x-www-form-urlencoded"},
    deleteApplication: {"method":"DELETE","path":"/2010-04-01/Accounts/{AccountSid}/Applications/{ApplicationSid}.json"},
    listQueues: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/Queues.json","paging":{"style":"page","pageParam":"Page","firstPage":0,"items":"queues"}},
    createQueue: {"method":"POST","path":"/2010-04-01/Accounts/{AccountSid}/Queues.json","body":"application/x-www-form-urlencoded"},
    listUsageRecords: {"method":"GET","path":"/2010-04-01/Accounts/{AccountSid}/Usage/Records.json","paging":{"style":"page","pageParam":"Page","firstPage":0,"items":"usage_records"}},
};

/**
 * The Twilio client: `const api = twilio(new Switchboard({ baseUrl, apiKey }))`.
 */
export const twilio = (sb: Switchboard): TwilioClient => bindClient<TwilioClient>(sb, "twilio", routes);
