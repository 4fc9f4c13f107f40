// Generated from providers/mailgun.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/mailgun.js';

/**
 * Mailgun through the Switchboard gateway: Sending email, sending domains, events and statistics, inbound routes, webhooks, templates, mailing lists, tags and suppressions of a Mailgun account.
 */
export interface MailgunClient {
    /**
     * List the account's sending domains with their state and settings.
     *
     * `GET /v3/domains`
     */
    listDomains: {
        (args?: Args<operations["listDomains"]>, options?: CallOptions): Promise<Result<Data<operations["listDomains"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDomains"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDomains"]>, void, undefined>;
    };
    /**
     * Read a domain with the DNS records it needs for sending and receiving.
     *
     * `GET /v3/domains/{domain_name}`
     */
    getDomain(args: Args<operations["getDomain"]>, options?: CallOptions): Promise<Result<Data<operations["getDomain"]>>>;
    /**
     * Add a sending domain; the answer lists the DNS records to publish for verification.
     *
     * `POST /v3/domains`
     */
    createDomain(args: Args<operations["createDomain"]>, options?: CallOptions): Promise<Result<Data<operations["createDomain"]>>>;
    /**
     * Remove a domain from the account.
     *
     * `DELETE /v3/domains/{domain_name}`
     */
    deleteDomain(args: Args<operations["deleteDomain"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDomain"]>>>;
    /**
     * Read whether open, click and unsubscribe tracking are on for a domain.
     *
     * `GET /v3/domains/{domain_name}/tracking`
     */
    getDomainTracking(args: Args<operations["getDomainTracking"]>, options?: CallOptions): Promise<Result<Data<operations["getDomainTracking"]>>>;
    /**
     * Turn open tracking on or off for a domain.
     *
     * `PUT /v3/domains/{domain_name}/tracking/open`
     */
    updateOpenTracking(args: Args<operations["updateOpenTracking"]>, options?: CallOptions): Promise<Result<Data<operations["updateOpenTracking"]>>>;
    /**
     * Turn click tracking on, off or on for HTML only.
     *
     * `PUT /v3/domains/{domain_name}/tracking/click`
     */
    updateClickTracking(args: Args<operations["updateClickTracking"]>, options?: CallOptions): Promise<Result<Data<operations["updateClickTracking"]>>>;
    /**
     * Turn the automatic unsubscribe link on or off and set its HTML and text footers.
     *
     * `PUT /v3/domains/{domain_name}/tracking/unsubscribe`
     */
    updateUnsubscribeTracking(args: Args<operations["updateUnsubscribeTracking"]>, options?: CallOptions): Promise<Result<Data<operations["updateUnsubscribeTracking"]>>>;
    /**
     * List the SMTP logins of a domain.
     *
     * `GET /v3/domains/{domain_name}/credentials`
     */
    listCredentials: {
        (args: Args<operations["listCredentials"]>, options?: CallOptions): Promise<Result<Data<operations["listCredentials"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCredentials"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCredentials"]>, void, undefined>;
    };
    /**
     * Create an SMTP login and password for a domain.
     *
     * `POST /v3/domains/{domain_name}/credentials`
     */
    createCredential(args: Args<operations["createCredential"]>, options?: CallOptions): Promise<Result<Data<operations["createCredential"]>>>;
    /**
     * Delete an SMTP login.
     *
     * `DELETE /v3/domains/{domain_name}/credentials/{login}`
     */
    deleteCredential(args: Args<operations["deleteCredential"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCredential"]>>>;
    /**
     * Send an email built from form fields, with optional attachments, template and options.
     *
     * `POST /v3/{domain_name}/messages`
     */
    sendMessage(args: Args<operations["sendMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMessage"]>>>;
    /**
     * Send a ready-made MIME message uploaded as a file.
     *
     * `POST /v3/{domain_name}/messages.mime`
     */
    sendMimeMessage(args: Args<operations["sendMimeMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMimeMessage"]>>>;
    /**
     * Search the log of accepted, delivered, failed, opened, clicked and other message events.
     *
     * `GET /v3/{domain_name}/events`
     */
    listEvents: {
        (args: Args<operations["listEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listEvents"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEvents"]>, void, undefined>;
    };
    /**
     * Counts of chosen event types for a domain over time, by hour, day or month.
     *
     * `GET /v3/{domain_name}/stats/total`
     */
    getStatsTotal(args: Args<operations["getStatsTotal"]>, options?: CallOptions): Promise<Result<Data<operations["getStatsTotal"]>>>;
    /**
     * List the account's inbound routes.
     *
     * `GET /v3/routes`
     */
    listRoutes: {
        (args?: Args<operations["listRoutes"]>, options?: CallOptions): Promise<Result<Data<operations["listRoutes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRoutes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRoutes"]>, void, undefined>;
    };
    /**
     * Create a route that matches inbound mail with an expression and forwards, stores or stops it.
     *
     * `POST /v3/routes`
     */
    createRoute(args: Args<operations["createRoute"]>, options?: CallOptions): Promise<Result<Data<operations["createRoute"]>>>;
    /**
     * Read one route.
     *
     * `GET /v3/routes/{route_id}`
     */
    getRoute(args: Args<operations["getRoute"]>, options?: CallOptions): Promise<Result<Data<operations["getRoute"]>>>;
    /**
     * Change a route's priority, description, expression or actions.
     *
     * `PUT /v3/routes/{route_id}`
     */
    updateRoute(args: Args<operations["updateRoute"]>, options?: CallOptions): Promise<Result<Data<operations["updateRoute"]>>>;
    /**
     * Delete a route.
     *
     * `DELETE /v3/routes/{route_id}`
     */
    deleteRoute(args: Args<operations["deleteRoute"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRoute"]>>>;
    /**
     * List the URLs called for each event type of a domain.
     *
     * `GET /v3/domains/{domain_name}/webhooks`
     */
    listWebhooks(args: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
    /**
     * Register up to three URLs to be called for one event type.
     *
     * `POST /v3/domains/{domain_name}/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Read the URLs registered for one event type.
     *
     * `GET /v3/domains/{domain_name}/webhooks/{webhook_type}`
     */
    getWebhook(args: Args<operations["getWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["getWebhook"]>>>;
    /**
     * Replace the URLs registered for one event type.
     *
     * `PUT /v3/domains/{domain_name}/webhooks/{webhook_type}`
     */
    updateWebhook(args: Args<operations["updateWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["updateWebhook"]>>>;
    /**
     * Remove the webhook of one event type.
     *
     * `DELETE /v3/domains/{domain_name}/webhooks/{webhook_type}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
    /**
     * List the stored templates of a domain.
     *
     * `GET /v3/{domain_name}/templates`
     */
    listTemplates: {
        (args: Args<operations["listTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTemplates"]>, void, undefined>;
    };
    /**
     * Store a template, optionally with its first version's content.
     *
     * `POST /v3/{domain_name}/templates`
     */
    createTemplate(args: Args<operations["createTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["createTemplate"]>>>;
    /**
     * Read a template, with the active version's content when active=yes.
     *
     * `GET /v3/{domain_name}/templates/{template_name}`
     */
    getTemplate(args: Args<operations["getTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["getTemplate"]>>>;
    /**
     * Delete a template and all of its versions.
     *
     * `DELETE /v3/{domain_name}/templates/{template_name}`
     */
    deleteTemplate(args: Args<operations["deleteTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTemplate"]>>>;
    /**
     * List the account's mailing lists.
     *
     * `GET /v3/lists/pages`
     */
    listMailingLists: {
        (args?: Args<operations["listMailingLists"]>, options?: CallOptions): Promise<Result<Data<operations["listMailingLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMailingLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMailingLists"]>, void, undefined>;
    };
    /**
     * Create a mailing list with its own address.
     *
     * `POST /v3/lists`
     */
    createMailingList(args: Args<operations["createMailingList"]>, options?: CallOptions): Promise<Result<Data<operations["createMailingList"]>>>;
    /**
     * Read a mailing list with its member count.
     *
     * `GET /v3/lists/{list_address}`
     */
    getMailingList(args: Args<operations["getMailingList"]>, options?: CallOptions): Promise<Result<Data<operations["getMailingList"]>>>;
    /**
     * Change a mailing list's address, name, description, access level or reply preference.
     *
     * `PUT /v3/lists/{list_address}`
     */
    updateMailingList(args: Args<operations["updateMailingList"]>, options?: CallOptions): Promise<Result<Data<operations["updateMailingList"]>>>;
    /**
     * Delete a mailing list and its members.
     *
     * `DELETE /v3/lists/{list_address}`
     */
    deleteMailingList(args: Args<operations["deleteMailingList"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMailingList"]>>>;
    /**
     * List the members of a mailing list, optionally only subscribed or unsubscribed ones.
     *
     * `GET /v3/lists/{list_address}/members/pages`
     */
    listMembers: {
        (args: Args<operations["listMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listMembers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMembers"]>, void, undefined>;
    };
    /**
     * Add a member to a mailing list, or update it when upsert is yes.
     *
     * `POST /v3/lists/{list_address}/members`
     */
    addMember(args: Args<operations["addMember"]>, options?: CallOptions): Promise<Result<Data<operations["addMember"]>>>;
    /**
     * Read one member of a mailing list.
     *
     * `GET /v3/lists/{list_address}/members/{member_address}`
     */
    getMember(args: Args<operations["getMember"]>, options?: CallOptions): Promise<Result<Data<operations["getMember"]>>>;
    /**
     * Change a member's address, name, custom data or subscription.
     *
     * `PUT /v3/lists/{list_address}/members/{member_address}`
     */
    updateMember(args: Args<operations["updateMember"]>, options?: CallOptions): Promise<Result<Data<operations["updateMember"]>>>;
    /**
     * Remove a member from a mailing list.
     *
     * `DELETE /v3/lists/{list_address}/members/{member_address}`
     */
    deleteMember(args: Args<operations["deleteMember"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMember"]>>>;
    /**
     * List addresses that hard-bounced and are no longer sent to.
     *
     * `GET /v3/{domain_name}/bounces`
     */
    listBounces: {
        (args: Args<operations["listBounces"]>, options?: CallOptions): Promise<Result<Data<operations["listBounces"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listBounces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBounces"]>, void, undefined>;
    };
    /**
     * Add an address to the bounce list by hand.
     *
     * `POST /v3/{domain_name}/bounces`
     */
    addBounce(args: Args<operations["addBounce"]>, options?: CallOptions): Promise<Result<Data<operations["addBounce"]>>>;
    /**
     * Read the bounce entry of one address.
     *
     * `GET /v3/{domain_name}/bounces/{address}`
     */
    getBounce(args: Args<operations["getBounce"]>, options?: CallOptions): Promise<Result<Data<operations["getBounce"]>>>;
    /**
     * Remove an address from the bounce list so it is sent to again.
     *
     * `DELETE /v3/{domain_name}/bounces/{address}`
     */
    deleteBounce(args: Args<operations["deleteBounce"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBounce"]>>>;
    /**
     * List addresses that unsubscribed, with the tags they unsubscribed from.
     *
     * `GET /v3/{domain_name}/unsubscribes`
     */
    listUnsubscribes: {
        (args: Args<operations["listUnsubscribes"]>, options?: CallOptions): Promise<Result<Data<operations["listUnsubscribes"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUnsubscribes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUnsubscribes"]>, void, undefined>;
    };
    /**
     * Unsubscribe an address from all mail or from one tag.
     *
     * `POST /v3/{domain_name}/unsubscribes`
     */
    addUnsubscribe(args: Args<operations["addUnsubscribe"]>, options?: CallOptions): Promise<Result<Data<operations["addUnsubscribe"]>>>;
    /**
     * Remove an address from the unsubscribe list, for all tags or one.
     *
     * `DELETE /v3/{domain_name}/unsubscribes/{address}`
     */
    deleteUnsubscribe(args: Args<operations["deleteUnsubscribe"]>, options?: CallOptions): Promise<Result<Data<operations["deleteUnsubscribe"]>>>;
    /**
     * List addresses whose owners reported mail as spam.
     *
     * `GET /v3/{domain_name}/complaints`
     */
    listComplaints: {
        (args: Args<operations["listComplaints"]>, options?: CallOptions): Promise<Result<Data<operations["listComplaints"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listComplaints"]>, options?: CallOptions): AsyncGenerator<Data<operations["listComplaints"]>, void, undefined>;
    };
    /**
     * Add an address to the complaint list by hand.
     *
     * `POST /v3/{domain_name}/complaints`
     */
    addComplaint(args: Args<operations["addComplaint"]>, options?: CallOptions): Promise<Result<Data<operations["addComplaint"]>>>;
    /**
     * Remove an address from the complaint list.
     *
     * `DELETE /v3/{domain_name}/complaints/{address}`
     */
    deleteComplaint(args: Args<operations["deleteComplaint"]>, options?: CallOptions): Promise<Result<Data<operations["deleteComplaint"]>>>;
    /**
     * List addresses and domains that are never added to the bounce list.
     *
     * `GET /v3/{domain_name}/whitelists`
     */
    listWhitelists: {
        (args: Args<operations["listWhitelists"]>, options?: CallOptions): Promise<Result<Data<operations["listWhitelists"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWhitelists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWhitelists"]>, void, undefined>;
    };
    /**
     * Allowlist an address or a whole domain against bounces.
     *
     * `POST /v3/{domain_name}/whitelists`
     */
    addWhitelist(args: Args<operations["addWhitelist"]>, options?: CallOptions): Promise<Result<Data<operations["addWhitelist"]>>>;
    /**
     * Remove an address or domain from the allowlist.
     *
     * `DELETE /v3/{domain_name}/whitelists/{address}`
     */
    deleteWhitelist(args: Args<operations["deleteWhitelist"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWhitelist"]>>>;
    /**
     * List the tags used on a domain's messages.
     *
     * `GET /v3/{domain_name}/tags`
     */
    listTags: {
        (args: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Read a tag's description and when it was first and last used.
     *
     * `GET /v3/{domain_name}/tags/{tag_name}`
     */
    getTag(args: Args<operations["getTag"]>, options?: CallOptions): Promise<Result<Data<operations["getTag"]>>>;
    /**
     * Delete a tag and its statistics.
     *
     * `DELETE /v3/{domain_name}/tags/{tag_name}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * List the IP addresses the account sends from.
     *
     * `GET /v3/ips`
     */
    listIps(args?: Args<operations["listIps"]>, options?: CallOptions): Promise<Result<Data<operations["listIps"]>>>;
    /**
     * Read whether an IP is dedicated and its reverse DNS name.
     *
     * `GET /v3/ips/{ip_address}`
     */
    getIp(args: Args<operations["getIp"]>, options?: CallOptions): Promise<Result<Data<operations["getIp"]>>>;
}

const routes = {
    listDomains: {"method":"GET","path":"/v3/domains","paging":{"style":"offset","offsetParam":"skip","limitParam":"limit","items":"items","total":"total_count"}},
    getDomain: {"method":"GET","path":"/v3/domains/{domain_name}"},
    createDomain: {"method":"POST","path":"/v3/domains","body":"application/x-www-form-urlencoded"},
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
    getTag: {"method":"GET","path":"/v3/{domain_name}/tags/{tag_name}"},
    deleteTag: {"method":"DELETE","path":"/v3/{domain_name}/tags/{tag_name}"},
    listIps: {"method":"GET","path":"/v3/ips"},
    getIp: {"method":"GET","path":"/v3/ips/{ip_address}"},
} satisfies Record<string, Route>;

/**
 * The Mailgun client: `const api = mailgun(new Switchboard({ baseUrl, apiKey }))`.
 */
export function mailgun(client: Switchboard): MailgunClient {
    const app = "mailgun";
    return {
        listDomains: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDomains, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDomains, args, options) }) as MailgunClient["listDomains"],
        getDomain: (args, options) => client.call(app, routes.getDomain, args, options),
        createDomain: (args, options) => client.call(app, routes.createDomain, args, options),
        deleteDomain: (args, options) => client.call(app, routes.deleteDomain, args, options),
        getDomainTracking: (args, options) => client.call(app, routes.getDomainTracking, args, options),
        updateOpenTracking: (args, options) => client.call(app, routes.updateOpenTracking, args, options),
        updateClickTracking: (args, options) => client.call(app, routes.updateClickTracking, args, options),
        updateUnsubscribeTracking: (args, options) => client.call(app, routes.updateUnsubscribeTracking, args, options),
        listCredentials: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCredentials, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCredentials, args, options) }) as MailgunClient["listCredentials"],
        createCredential: (args, options) => client.call(app, routes.createCredential, args, options),
        deleteCredential: (args, options) => client.call(app, routes.deleteCredential, args, options),
        sendMessage: (args, options) => client.call(app, routes.sendMessage, args, options),
        sendMimeMessage: (args, options) => client.call(app, routes.sendMimeMessage, args, options),
        listEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEvents, args, options) }) as MailgunClient["listEvents"],
        getStatsTotal: (args, options) => client.call(app, routes.getStatsTotal, args, options),
        listRoutes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRoutes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRoutes, args, options) }) as MailgunClient["listRoutes"],
        createRoute: (args, options) => client.call(app, routes.createRoute, args, options),
        getRoute: (args, options) => client.call(app, routes.getRoute, args, options),
        updateRoute: (args, options) => client.call(app, routes.updateRoute, args, options),
        deleteRoute: (args, options) => client.call(app, routes.deleteRoute, args, options),
        listWebhooks: (args, options) => client.call(app, routes.listWebhooks, args, options),
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        getWebhook: (args, options) => client.call(app, routes.getWebhook, args, options),
        updateWebhook: (args, options) => client.call(app, routes.updateWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
        listTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTemplates, args, options) }) as MailgunClient["listTemplates"],
        createTemplate: (args, options) => client.call(app, routes.createTemplate, args, options),
        getTemplate: (args, options) => client.call(app, routes.getTemplate, args, options),
        deleteTemplate: (args, options) => client.call(app, routes.deleteTemplate, args, options),
        listMailingLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMailingLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMailingLists, args, options) }) as MailgunClient["listMailingLists"],
        createMailingList: (args, options) => client.call(app, routes.createMailingList, args, options),
        getMailingList: (args, options) => client.call(app, routes.getMailingList, args, options),
        updateMailingList: (args, options) => client.call(app, routes.updateMailingList, args, options),
        deleteMailingList: (args, options) => client.call(app, routes.deleteMailingList, args, options),
        listMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMembers, args, options) }) as MailgunClient["listMembers"],
        addMember: (args, options) => client.call(app, routes.addMember, args, options),
        getMember: (args, options) => client.call(app, routes.getMember, args, options),
        updateMember: (args, options) => client.call(app, routes.updateMember, args, options),
        deleteMember: (args, options) => client.call(app, routes.deleteMember, args, options),
        listBounces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBounces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBounces, args, options) }) as MailgunClient["listBounces"],
        addBounce: (args, options) => client.call(app, routes.addBounce, args, options),
        getBounce: (args, options) => client.call(app, routes.getBounce, args, options),
        deleteBounce: (args, options) => client.call(app, routes.deleteBounce, args, options),
        listUnsubscribes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUnsubscribes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUnsubscribes, args, options) }) as MailgunClient["listUnsubscribes"],
        addUnsubscribe: (args, options) => client.call(app, routes.addUnsubscribe, args, options),
        deleteUnsubscribe: (args, options) => client.call(app, routes.deleteUnsubscribe, args, options),
        listComplaints: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listComplaints, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listComplaints, args, options) }) as MailgunClient["listComplaints"],
        addComplaint: (args, options) => client.call(app, routes.addComplaint, args, options),
        deleteComplaint: (args, options) => client.call(app, routes.deleteComplaint, args, options),
        listWhitelists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWhitelists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWhitelists, args, options) }) as MailgunClient["listWhitelists"],
        addWhitelist: (args, options) => client.call(app, routes.addWhitelist, args, options),
        deleteWhitelist: (args, options) => client.call(app, routes.deleteWhitelist, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as MailgunClient["listTags"],
        getTag: (args, options) => client.call(app, routes.getTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        listIps: (args, options) => client.call(app, routes.listIps, args, options),
        getIp: (args, options) => client.call(app, routes.getIp, args, options),
    };
}