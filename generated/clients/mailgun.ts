// Generated from providers/mailgun.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/mailgun.js';

/**
 * Mailgun through the Switchboard gateway: Sending email, sending domains, events and statistics, inbound routes, webhooks, templates, mailing lists, tags and suppressions of a Mailgun account.
 */
export interface MailgunClient {
    /** List the account's sending domains with their state and settings. `GET /v4/domains` */
    listDomains: Paged<operations["listDomains"]>;
    /** Read a domain with the DNS records it needs for sending and receiving. `GET /v4/domains/{domain_name}` */
    getDomain: Call<operations["getDomain"]>;
    /** Add a sending domain; the answer lists the DNS records to publish for verification. `POST /v4/domains` */
    createDomain: Call<operations["createDomain"]>;
    /** Remove a domain from the account. `DELETE /v3/domains/{domain_name}` */
    deleteDomain: Call<operations["deleteDomain"]>;
    /** Read whether open, click and unsubscribe tracking are on for a domain. `GET /v3/domains/{domain_name}/tracking` */
    getDomainTracking: Call<operations["getDomainTracking"]>;
    /** Turn open tracking on or off for a domain. `PUT /v3/domains/{domain_name}/tracking/open` */
    updateOpenTracking: Call<operations["updateOpenTracking"]>;
    /** Turn click tracking on, off or on for HTML only. `PUT /v3/domains/{domain_name}/tracking/click` */
    updateClickTracking: Call<operations["updateClickTracking"]>;
    /** Turn the automatic unsubscribe link on or off and set its HTML and text footers. `PUT /v3/domains/{domain_name}/tracking/unsubscribe` */
    updateUnsubscribeTracking: Call<operations["updateUnsubscribeTracking"]>;
    /** List the SMTP logins of a domain. `GET /v3/domains/{domain_name}/credentials` */
    listCredentials: Paged<operations["listCredentials"]>;
    /** Create an SMTP login and password for a domain. `POST /v3/domains/{domain_name}/credentials` */
    createCredential: Call<operations["createCredential"]>;
    /** Delete an SMTP login. `DELETE /v3/domains/{domain_name}/credentials/{login}` */
    deleteCredential: Call<operations["deleteCredential"]>;
    /** Send an email built from form fields, with optional attachments, template and options. `POST /v3/{domain_name}/messages` */
    sendMessage: Call<operations["sendMessage"]>;
    /** Send a ready-made MIME message uploaded as a file. `POST /v3/{domain_name}/messages.mime` */
    sendMimeMessage: Call<operations["sendMimeMessage"]>;
    /** Search the log of accepted, delivered, failed, opened, clicked and other message events. `GET /v3/{domain_name}/events` */
    listEvents: Paged<operations["listEvents"]>;
    /** Counts of chosen event types for a domain over time, by hour, day or month. `GET /v3/{domain_name}/stats/total` */
    getStatsTotal: Call<operations["getStatsTotal"]>;
    /** List the account's inbound routes. `GET /v3/routes` */
    listRoutes: Paged<operations["listRoutes"]>;
    /** Create a route that matches inbound mail with an expression and forwards, stores or stops it. `POST /v3/routes` */
    createRoute: Call<operations["createRoute"]>;
    /** Read one route. `GET /v3/routes/{route_id}` */
    getRoute: Call<operations["getRoute"]>;
    /** Change a route's priority, description, expression or actions. `PUT /v3/routes/{route_id}` */
    updateRoute: Call<operations["updateRoute"]>;
    /** Delete a route. `DELETE /v3/routes/{route_id}` */
    deleteRoute: Call<operations["deleteRoute"]>;
    /** List the URLs called for each event type of a domain. `GET /v3/domains/{domain_name}/webhooks` */
    listWebhooks: Call<operations["listWebhooks"]>;
    /** Register up to three URLs to be called for one event type. `POST /v3/domains/{domain_name}/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Read the URLs registered for one event type. `GET /v3/domains/{domain_name}/webhooks/{webhook_type}` */
    getWebhook: Call<operations["getWebhook"]>;
    /** Replace the URLs registered for one event type. `PUT /v3/domains/{domain_name}/webhooks/{webhook_type}` */
    updateWebhook: Call<operations["updateWebhook"]>;
    /** Remove the webhook of one event type. `DELETE /v3/domains/{domain_name}/webhooks/{webhook_type}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
    /** List the stored templates of a domain. `GET /v3/{domain_name}/templates` */
    listTemplates: Paged<operations["listTemplates"]>;
    /** Store a template, optionally with its first version's content. `POST /v3/{domain_name}/templates` */
    createTemplate: Call<operations["createTemplate"]>;
    /** Read a template, with the active version's content when active=yes. `GET /v3/{domain_name}/templates/{template_name}` */
    getTemplate: Call<operations["getTemplate"]>;
    /** Delete a template and all of its versions. `DELETE /v3/{domain_name}/templates/{template_name}` */
    deleteTemplate: Call<operations["deleteTemplate"]>;
    /** List the account's mailing lists. `GET /v3/lists/pages` */
    listMailingLists: Paged<operations["listMailingLists"]>;
    /** Create a mailing list with its own address. `POST /v3/lists` */
    createMailingList: Call<operations["createMailingList"]>;
    /** Read a mailing list with its member count. `GET /v3/lists/{list_address}` */
    getMailingList: Call<operations["getMailingList"]>;
    /** Change a mailing list's address, name, description, access level or reply preference. `PUT /v3/lists/{list_address}` */
    updateMailingList: Call<operations["updateMailingList"]>;
    /** Delete a mailing list and its members. `DELETE /v3/lists/{list_address}` */
    deleteMailingList: Call<operations["deleteMailingList"]>;
    /** List the members of a mailing list, optionally only subscribed or unsubscribed ones. `GET /v3/lists/{list_address}/members/pages` */
    listMembers: Paged<operations["listMembers"]>;
    /** Add a member to a mailing list, or update it when upsert is yes. `POST /v3/lists/{list_address}/members` */
    addMember: Call<operations["addMember"]>;
    /** Read one member of a mailing list. `GET /v3/lists/{list_address}/members/{member_address}` */
    getMember: Call<operations["getMember"]>;
    /** Change a member's address, name, custom data or subscription. `PUT /v3/lists/{list_address}/members/{member_address}` */
    updateMember: Call<operations["updateMember"]>;
    /** Remove a member from a mailing list. `DELETE /v3/lists/{list_address}/members/{member_address}` */
    deleteMember: Call<operations["deleteMember"]>;
    /** List addresses that hard-bounced and are no longer sent to. `GET /v3/{domain_name}/bounces` */
    listBounces: Paged<operations["listBounces"]>;
    /** Add an address to the bounce list by hand. `POST /v3/{domain_name}/bounces` */
    addBounce: Call<operations["addBounce"]>;
    /** Read the bounce entry of one address. `GET /v3/{domain_name}/bounces/{address}` */
    getBounce: Call<operations["getBounce"]>;
    /** Remove an address from the bounce list so it is sent to again. `DELETE /v3/{domain_name}/bounces/{address}` */
    deleteBounce: Call<operations["deleteBounce"]>;
    /** List addresses that unsubscribed, with the tags they unsubscribed from. `GET /v3/{domain_name}/unsubscribes` */
    listUnsubscribes: Paged<operations["listUnsubscribes"]>;
    /** Unsubscribe an address from all mail or from one tag. `POST /v3/{domain_name}/unsubscribes` */
    addUnsubscribe: Call<operations["addUnsubscribe"]>;
    /** Remove an address from the unsubscribe list, for all tags or one. `DELETE /v3/{domain_name}/unsubscribes/{address}` */
    deleteUnsubscribe: Call<operations["deleteUnsubscribe"]>;
    /** List addresses whose owners reported mail as spam. `GET /v3/{domain_name}/complaints` */
    listComplaints: Paged<operations["listComplaints"]>;
    /** Add an address to the complaint list by hand. `POST /v3/{domain_name}/complaints` */
    addComplaint: Call<operations["addComplaint"]>;
    /** Remove an address from the complaint list. `DELETE /v3/{domain_name}/complaints/{address}` */
    deleteComplaint: Call<operations["deleteComplaint"]>;
    /** List addresses and domains that are never added to the bounce list. `GET /v3/{domain_name}/whitelists` */
    listWhitelists: Paged<operations["listWhitelists"]>;
    /** Allowlist an address or a whole domain against bounces. `POST /v3/{domain_name}/whitelists` */
    addWhitelist: Call<operations["addWhitelist"]>;
    /** Remove an address or domain from the allowlist. `DELETE /v3/{domain_name}/whitelists/{address}` */
    deleteWhitelist: Call<operations["deleteWhitelist"]>;
    /** List the tags used on a domain's messages. `GET /v3/{domain_name}/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Read a tag's description and when it was first and last used. `GET /v3/{domain_name}/tag` */
    getTag: Call<operations["getTag"]>;
    /** Delete a tag and its statistics. `DELETE /v3/{domain_name}/tag` */
    deleteTag: Call<operations["deleteTag"]>;
    /** List the IP addresses the account sends from. `GET /v3/ips` */
    listIps: Call<operations["listIps"]>;
    /** Read whether an IP is dedicated and its reverse DNS name. `GET /v3/ips/{ip_address}` */
    getIp: Call<operations["getIp"]>;
}

const routes: Routes<MailgunClient> = {
    listDomains: {"method":"GET","path":"/v4/domains","paging":{"style":"offset","offsetParam":"skip","limitParam":"limit","items":"items","total":"total_count"}},
    getDomain: {"method":"GET","path":"/v4/domains/{domain_name}"},
    createDomain: {"method":"POST","path":"/v4/domains","body":"application/x-www-form-urlencoded"},
    deleteDomain: {"method":"DELETE","path":"/v3/domains/{domain_name}"},
    getDomainTracking: {"method":"GET","path":"/v3/domains/{domain_name}/tracking"},
    updateOpenTracking: {"method":"PUT","path":"/v3/domains/{domain_name}/tracking/open","body":"application/x-www-form-urlencoded"},
    updateClickTracking: {"method":"PUT","path":"/v3/domains/{domain_name}/tracking/click","body":"application/x-www-form-urlencoded"},
    updateUnsubscribeTracking: {"method":"PUT","path":"/v3/domains/{domain_name}/tracking/unsubscribe","body":"application/x-www-form-urlencoded"},
    listCredentials: {"method":"GET","path":"/v3/domains/{domain_name}/credentials","paging":{"style":"offset","offsetParam":"skip","limitParam":"limit","items":"items","total":"total_count"}},
    createCredential: {"method":"POST","path":"/v3/domains/{domain_name}/credentials","body":"application/x-www-form-urlencoded"},
    deleteCredential: {"method":"DELETE","path":"/v3/domains/{domain_name}/credentials/{login}"},
    sendMessage: {"method":"POST","path":"/v3/{domain_name}/messages","body":"multipart/form-data"},
    sendMimeMessage: {"method":"POST","path":"/v3/{domain_name}/messages.mime","body":"multipart/form-data"},
    listEvents: {"method":"GET","path":"/v3/{domain_name}/events","paging":{"style":"url","nextUrl":"paging.next"}},
    getStatsTotal: {"method":"GET","path":"/v3/{domain_name}/stats/total"},
    listRoutes: {"method":"GET","path":"/v3/routes","paging":{"style":"offset","offsetParam":"skip","limitParam":"limit","items":"items","total":"total_count"}},
    createRoute: {"method":"POST","path":"/v3/routes","body":"application/x-www-form-urlencoded"},
    getRoute: {"method":"GET","path":"/v3/routes/{route_id}"},
    updateRoute: {"method":"PUT","path":"/v3/routes/{route_id}","body":"application/x-www-form-urlencoded"},
    deleteRoute: {"method":"DELETE","path":"/v3/routes/{route_id}"},
    listWebhooks: {"method":"GET","path":"/v3/domains/{domain_name}/webhooks"},
    createWebhook: {"method":"POST","path":"/v3/domains/{domain_name}/webhooks","body":"application/x-www-form-urlencoded"},
    getWebhook: {"method":"GET","path":"/v3/domains/{domain_name}/webhooks/{webhook_type}"},
    updateWebhook: {"method":"PUT","path":"/v3/domains/{domain_name}/webhooks/{webhook_type}","body":"application/x-www-form-urlencoded"},
    deleteWebhook: {"method":"DELETE","path":"/v3/domains/{domain_name}/webhooks/{webhook_type}"},
    listTemplates: {"method":"GET","path":"/v3/{domain_name}/templates","paging":{"style":"url","nextUrl":"paging.next"}},
    createTemplate: {"method":"POST","path":"/v3/{domain_name}/templates","body":"application/x-www-form-urlencoded"},
    getTemplate: {"method":"GET","path":"/v3/{domain_name}/templates/{template_name}"},
    deleteTemplate: {"method":"DELETE","path":"/v3/{domain_name}/templates/{template_name}"},
    listMailingLists: {"method":"GET","path":"/v3/lists/pages","paging":{"style":"url","nextUrl":"paging.next"}},
    createMailingList: {"method":"POST","path":"/v3/lists","body":"application/x-www-form-urlencoded"},
    getMailingList: {"method":"GET","path":"/v3/lists/{list_address}"},
    updateMailingList: {"method":"PUT","path":"/v3/lists/{list_address}","body":"application/x-www-form-urlencoded"},
    deleteMailingList: {"method":"DELETE","path":"/v3/lists/{list_address}"},
    listMembers: {"method":"GET","path":"/v3/lists/{list_address}/members/pages","paging":{"style":"url","nextUrl":"paging.next"}},
    addMember: {"method":"POST","path":"/v3/lists/{list_address}/members","body":"application/x-www-form-urlencoded"},
    getMember: {"method":"GET","path":"/v3/lists/{list_address}/members/{member_address}"},
    updateMember: {"method":"PUT","path":"/v3/lists/{list_address}/members/{member_address}","body":"application/x-www-form-urlencoded"},
    deleteMember: {"method":"DELETE","path":"/v3/lists/{list_address}/members/{member_address}"},
    listBounces: {"method":"GET","path":"/v3/{domain_name}/bounces","paging":{"style":"url","nextUrl":"paging.next"}},
    addBounce: {"method":"POST","path":"/v3/{domain_name}/bounces","body":"application/x-www-form-urlencoded"},
    getBounce: {"method":"GET","path":"/v3/{domain_name}/bounces/{address}"},
    deleteBounce: {"method":"DELETE","path":"/v3/{domain_name}/bounces/{address}"},
    listUnsubscribes: {"method":"GET","path":"/v3/{domain_name}/unsubscribes","paging":{"style":"url","nextUrl":"paging.next"}},
    addUnsubscribe: {"method":"POST","path":"/v3/{domain_name}/unsubscribes","body":"application/x-www-form-urlencoded"},
    deleteUnsubscribe: {"method":"DELETE","path":"/v3/{domain_name}/unsubscribes/{address}"},
    listComplaints: {"method":"GET","path":"/v3/{domain_name}/complaints","paging":{"style":"url","nextUrl":"paging.next"}},
    addComplaint: {"method":"POST","path":"/v3/{domain_name}/complaints","body":"application/x-www-form-urlencoded"},
    deleteComplaint: {"method":"DELETE","path":"/v3/{domain_name}/complaints/{address}"},
    listWhitelists: {"method":"GET","path":"/v3/{domain_name}/whitelists","paging":{"style":"url","nextUrl":"paging.next"}},
    addWhitelist: {"method":"POST","path":"/v3/{domain_name}/whitelists","body":"application/x-www-form-urlencoded"},
    deleteWhitelist: {"method":"DELETE","path":"/v3/{domain_name}/whitelists/{address}"},
    listTags: {"method":"GET","path":"/v3/{domain_name}/tags","paging":{"style":"url","nextUrl":"paging.next"}},
    getTag: {"method":"GET","path":"/v3/{domain_name}/tag"},
    deleteTag: {"method":"DELETE","path":"/v3/{domain_name}/tag"},
    listIps: {"method":"GET","path":"/v3/ips"},
    getIp: {"method":"GET","path":"/v3/ips/{ip_address}"},
};

/**
 * The Mailgun client: `const api = mailgun(new Switchboard({ baseUrl, apiKey }))`.
 */
export const mailgun = (sb: Switchboard): MailgunClient => bindClient<MailgunClient>(sb, "mailgun", routes);
