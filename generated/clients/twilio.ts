// Generated from providers/twilio.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/twilio.js';

/**
 * Twilio through the Switchboard gateway: SMS and MMS messages, voice calls, phone numbers, applications, queues and usage of a Twilio account.
 */
export interface TwilioClient {
    /**
     * List the account and its subaccounts that the credentials can reach.
     *
     * `GET /2010-04-01/Accounts.json`
     */
    listAccounts: {
        (args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccounts"]>, void, undefined>;
    };
    /**
     * Read an account's name, status and type.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}.json`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * List sent and received messages, newest first, optionally by number and date.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/Messages.json`
     */
    listMessages: {
        (args: Args<operations["listMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMessages"]>, void, undefined>;
    };
    /**
     * Send an SMS, MMS or WhatsApp message.
     *
     * `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`
     */
    sendMessage(args: Args<operations["sendMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMessage"]>>>;
    /**
     * Read one message with its status, price and error details.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}.json`
     */
    getMessage(args: Args<operations["getMessage"]>, options?: CallOptions): Promise<Result<Data<operations["getMessage"]>>>;
    /**
     * Delete a message record from the account's logs.
     *
     * `DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}.json`
     */
    deleteMessage(args: Args<operations["deleteMessage"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMessage"]>>>;
    /**
     * List calls, newest first, optionally by number, status and time.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/Calls.json`
     */
    listCalls: {
        (args: Args<operations["listCalls"]>, options?: CallOptions): Promise<Result<Data<operations["listCalls"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCalls"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCalls"]>, void, undefined>;
    };
    /**
     * Place an outbound call whose behaviour comes from a TwiML URL, inline TwiML or an application.
     *
     * `POST /2010-04-01/Accounts/{AccountSid}/Calls.json`
     */
    createCall(args: Args<operations["createCall"]>, options?: CallOptions): Promise<Result<Data<operations["createCall"]>>>;
    /**
     * Read one call with its status, duration and price.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json`
     */
    getCall(args: Args<operations["getCall"]>, options?: CallOptions): Promise<Result<Data<operations["getCall"]>>>;
    /**
     * Change a live call, e.g. end it with Status=completed or redirect it to new TwiML.
     *
     * `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json`
     */
    updateCall(args: Args<operations["updateCall"]>, options?: CallOptions): Promise<Result<Data<operations["updateCall"]>>>;
    /**
     * List the phone numbers the account owns.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json`
     */
    listIncomingPhoneNumbers: {
        (args: Args<operations["listIncomingPhoneNumbers"]>, options?: CallOptions): Promise<Result<Data<operations["listIncomingPhoneNumbers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listIncomingPhoneNumbers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listIncomingPhoneNumbers"]>, void, undefined>;
    };
    /**
     * Read one owned phone number with its capabilities and webhook settings.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{PhoneNumberSid}.json`
     */
    getIncomingPhoneNumber(args: Args<operations["getIncomingPhoneNumber"]>, options?: CallOptions): Promise<Result<Data<operations["getIncomingPhoneNumber"]>>>;
    /**
     * Change a phone number's name or the URLs and applications that handle its calls and messages.
     *
     * `POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{PhoneNumberSid}.json`
     */
    updateIncomingPhoneNumber(args: Args<operations["updateIncomingPhoneNumber"]>, options?: CallOptions): Promise<Result<Data<operations["updateIncomingPhoneNumber"]>>>;
    /**
     * List the TwiML applications of the account.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/Applications.json`
     */
    listApplications: {
        (args: Args<operations["listApplications"]>, options?: CallOptions): Promise<Result<Data<operations["listApplications"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listApplications"]>, options?: CallOptions): AsyncGenerator<Data<operations["listApplications"]>, void, undefined>;
    };
    /**
     * Create a TwiML application that bundles voice and messaging URLs.
     *
     * `POST /2010-04-01/Accounts/{AccountSid}/Applications.json`
     */
    createApplication(args: Args<operations["createApplication"]>, options?: CallOptions): Promise<Result<Data<operations["createApplication"]>>>;
    /**
     * Delete a TwiML application.
     *
     * `DELETE /2010-04-01/Accounts/{AccountSid}/Applications/{ApplicationSid}.json`
     */
    deleteApplication(args: Args<operations["deleteApplication"]>, options?: CallOptions): Promise<Result<Data<operations["deleteApplication"]>>>;
    /**
     * List the call queues of the account with their current sizes.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/Queues.json`
     */
    listQueues: {
        (args: Args<operations["listQueues"]>, options?: CallOptions): Promise<Result<Data<operations["listQueues"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listQueues"]>, options?: CallOptions): AsyncGenerator<Data<operations["listQueues"]>, void, undefined>;
    };
    /**
     * Create a call queue.
     *
     * `POST /2010-04-01/Accounts/{AccountSid}/Queues.json`
     */
    createQueue(args: Args<operations["createQueue"]>, options?: CallOptions): Promise<Result<Data<operations["createQueue"]>>>;
    /**
     * List usage and cost per category over a date range.
     *
     * `GET /2010-04-01/Accounts/{AccountSid}/Usage/Records.json`
     */
    listUsageRecords: {
        (args: Args<operations["listUsageRecords"]>, options?: CallOptions): Promise<Result<Data<operations["listUsageRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUsageRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsageRecords"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Twilio client: `const api = twilio(new Switchboard({ baseUrl, apiKey }))`.
 */
export function twilio(client: Switchboard): TwilioClient {
    const app = "twilio";
    return {
        listAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccounts, args, options) }) as TwilioClient["listAccounts"],
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        listMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMessages, args, options) }) as TwilioClient["listMessages"],
        sendMessage: (args, options) => client.call(app, routes.sendMessage, args, options),
        getMessage: (args, options) => client.call(app, routes.getMessage, args, options),
        deleteMessage: (args, options) => client.call(app, routes.deleteMessage, args, options),
        listCalls: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCalls, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCalls, args, options) }) as TwilioClient["listCalls"],
        createCall: (args, options) => client.call(app, routes.createCall, args, options),
        getCall: (args, options) => client.call(app, routes.getCall, args, options),
        updateCall: (args, options) => client.call(app, routes.updateCall, args, options),
        listIncomingPhoneNumbers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listIncomingPhoneNumbers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listIncomingPhoneNumbers, args, options) }) as TwilioClient["listIncomingPhoneNumbers"],
        getIncomingPhoneNumber: (args, options) => client.call(app, routes.getIncomingPhoneNumber, args, options),
        updateIncomingPhoneNumber: (args, options) => client.call(app, routes.updateIncomingPhoneNumber, args, options),
        listApplications: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listApplications, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listApplications, args, options) }) as TwilioClient["listApplications"],
        createApplication: (args, options) => client.call(app, routes.createApplication, args, options),
        deleteApplication: (args, options) => client.call(app, routes.deleteApplication, args, options),
        listQueues: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listQueues, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listQueues, args, options) }) as TwilioClient["listQueues"],
        createQueue: (args, options) => client.call(app, routes.createQueue, args, options),
        listUsageRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsageRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsageRecords, args, options) }) as TwilioClient["listUsageRecords"],
    };
}