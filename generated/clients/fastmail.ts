// Generated from providers/fastmail.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/fastmail.js';

/**
 * Fastmail through the Switchboard gateway: Fastmail mail, contacts, sending and masked email addresses over JMAP (RFC 8620 and 8621) rather than a REST API.
 */
export interface FastmailClient {
    /** Read the JMAP session with the account ids, enabled capabilities and server limits. `GET /jmap/session` */
    getSession: Call<operations["getSession"]>;
    /** Run a batch of JMAP method calls (query, get, set, changes, import …) in one request. `POST /jmap/api/` */
    callMethods: Call<operations["callMethods"]>;
    /** Upload a file (an attachment or a whole RFC 5322 message) and get a blob id to use in Email/set or Email/import. `POST /jmap/upload/{accountId}/` */
    uploadBlob: Call<operations["uploadBlob"]>;
    /** Open a server-sent event stream that announces state changes of mail, mailboxes and other types. `GET /jmap/event/` */
    streamEvents: Call<operations["streamEvents"]>;
}

const routes: Routes<FastmailClient> = {
    getSession: {"method":"GET","path":"/jmap/session"},
    callMethods: {"method":"POST","path":"/jmap/api/","body":"application/json"},
    uploadBlob: {"method":"POST","path":"/jmap/upload/{accountId}/","body":"application/octet-stream"},
    streamEvents: {"method":"GET","path":"/jmap/event/","binary":true},
};

/**
 * The Fastmail client: `const api = fastmail(new Switchboard({ baseUrl, apiKey }))`.
 */
export const fastmail = (sb: Switchboard): FastmailClient => bindClient<FastmailClient>(sb, "fastmail", routes);
