// Generated from providers/front.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/front.js';

/**
 * Front through the Switchboard gateway: Front's shared-inbox API for conversations, messages, comments, contacts, accounts, tags, inboxes, channels, teammates and teams.
 */
export interface FrontClient {
    /**
     * Read the company (or identity) that the credentials belong to.
     *
     * `GET /me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * List the company's teammates.
     *
     * `GET /teammates`
     */
    listTeammates(args?: Args<operations["listTeammates"]>, options?: CallOptions): Promise<Result<Data<operations["listTeammates"]>>>;
    /**
     * Read one teammate.
     *
     * `GET /teammates/{teammate_id}`
     */
    getTeammate(args: Args<operations["getTeammate"]>, options?: CallOptions): Promise<Result<Data<operations["getTeammate"]>>>;
    /**
     * List the company's teams (workspaces).
     *
     * `GET /teams`
     */
    listTeams(args?: Args<operations["listTeams"]>, options?: CallOptions): Promise<Result<Data<operations["listTeams"]>>>;
    /**
     * List the inboxes the credentials can see.
     *
     * `GET /inboxes`
     */
    listInboxes(args?: Args<operations["listInboxes"]>, options?: CallOptions): Promise<Result<Data<operations["listInboxes"]>>>;
    /**
     * Read one inbox.
     *
     * `GET /inboxes/{inbox_id}`
     */
    getInbox(args: Args<operations["getInbox"]>, options?: CallOptions): Promise<Result<Data<operations["getInbox"]>>>;
    /**
     * Create a shared inbox and give teammates access to it.
     *
     * `POST /inboxes`
     */
    createInbox(args: Args<operations["createInbox"]>, options?: CallOptions): Promise<Result<Data<operations["createInbox"]>>>;
    /**
     * List the channels (email addresses, SMS numbers, chat and so on) messages arrive through.
     *
     * `GET /channels`
     */
    listChannels(args?: Args<operations["listChannels"]>, options?: CallOptions): Promise<Result<Data<operations["listChannels"]>>>;
    /**
     * Read one channel.
     *
     * `GET /channels/{channel_id}`
     */
    getChannel(args: Args<operations["getChannel"]>, options?: CallOptions): Promise<Result<Data<operations["getChannel"]>>>;
    /**
     * Send a new outbound message from a channel, starting a conversation.
     *
     * `POST /channels/{channel_id}/messages`
     */
    sendMessage(args: Args<operations["sendMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMessage"]>>>;
    /**
     * List conversations in reverse order of activity, optionally filtered.
     *
     * `GET /conversations`
     */
    listConversations: {
        (args?: Args<operations["listConversations"]>, options?: CallOptions): Promise<Result<Data<operations["listConversations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listConversations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listConversations"]>, void, undefined>;
    };
    /**
     * Read one conversation.
     *
     * `GET /conversations/{conversation_id}`
     */
    getConversation(args: Args<operations["getConversation"]>, options?: CallOptions): Promise<Result<Data<operations["getConversation"]>>>;
    /**
     * Change a conversation's assignee, inbox, status, tags or custom fields.
     *
     * `PATCH /conversations/{conversation_id}`
     */
    updateConversation(args: Args<operations["updateConversation"]>, options?: CallOptions): Promise<Result<Data<operations["updateConversation"]>>>;
    /**
     * Assign a conversation to a teammate, or unassign it.
     *
     * `PUT /conversations/{conversation_id}/assignee`
     */
    updateConversationAssignee(args: Args<operations["updateConversationAssignee"]>, options?: CallOptions): Promise<Result<Data<operations["updateConversationAssignee"]>>>;
    /**
     * Send a reply in an existing conversation.
     *
     * `POST /conversations/{conversation_id}/messages`
     */
    replyToConversation(args: Args<operations["replyToConversation"]>, options?: CallOptions): Promise<Result<Data<operations["replyToConversation"]>>>;
    /**
     * Read one message with its recipients, body and attachments.
     *
     * `GET /messages/{message_id}`
     */
    getMessage(args: Args<operations["getMessage"]>, options?: CallOptions): Promise<Result<Data<operations["getMessage"]>>>;
    /**
     * List the internal comments on a conversation.
     *
     * `GET /conversations/{conversation_id}/comments`
     */
    listConversationComments(args: Args<operations["listConversationComments"]>, options?: CallOptions): Promise<Result<Data<operations["listConversationComments"]>>>;
    /**
     * Add an internal comment to a conversation.
     *
     * `POST /conversations/{conversation_id}/comments`
     */
    createComment(args: Args<operations["createComment"]>, options?: CallOptions): Promise<Result<Data<operations["createComment"]>>>;
    /**
     * List contacts, optionally filtered.
     *
     * `GET /contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with its handles.
     *
     * `GET /contacts/{contact_id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a contact with one or more handles (email, phone, social).
     *
     * `POST /contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change a contact's name, description, links or custom fields.
     *
     * `PATCH /contacts/{contact_id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /contacts/{contact_id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List the company's tags.
     *
     * `GET /tags`
     */
    listTags: {
        (args?: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Read one tag.
     *
     * `GET /tags/{tag_id}`
     */
    getTag(args: Args<operations["getTag"]>, options?: CallOptions): Promise<Result<Data<operations["getTag"]>>>;
    /**
     * Create a company tag.
     *
     * `POST /tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Rename a tag or change its description or colour.
     *
     * `PATCH /tags/{tag_id}`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Delete a tag.
     *
     * `DELETE /tags/{tag_id}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * List customer accounts (companies your contacts belong to).
     *
     * `GET /accounts`
     */
    listAccounts: {
        (args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccounts"]>, void, undefined>;
    };
    /**
     * Read one customer account.
     *
     * `GET /accounts/{account_id}`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * Create a customer account, optionally with its email domains.
     *
     * `POST /accounts`
     */
    createAccount(args: Args<operations["createAccount"]>, options?: CallOptions): Promise<Result<Data<operations["createAccount"]>>>;
}

const routes = {
    getMe: {"method":"GET","path":"/me"},
    listTeammates: {"method":"GET","path":"/teammates"},
    getTeammate: {"method":"GET","path":"/teammates/{teammate_id}"},
    listTeams: {"method":"GET","path":"/teams"},
    listInboxes: {"method":"GET","path":"/inboxes"},
    getInbox: {"method":"GET","path":"/inboxes/{inbox_id}"},
    createInbox: {"method":"POST","path":"/inboxes","body":"application/json"},
    listChannels: {"method":"GET","path":"/channels"},
    getChannel: {"method":"GET","path":"/channels/{channel_id}"},
    sendMessage: {"method":"POST","path":"/channels/{channel_id}/messages","body":"application/json"},
    listConversations: {"method":"GET","path":"/conversations","paging":{"style":"url","nextUrl":"_pagination.next"}},
    getConversation: {"method":"GET","path":"/conversations/{conversation_id}"},
    updateConversation: {"method":"PATCH","path":"/conversations/{conversation_id}","body":"application/json"},
    updateConversationAssignee: {"method":"PUT","path":"/conversations/{conversation_id}/assignee","body":"application/json"},
    replyToConversation: {"method":"POST","path":"/conversations/{conversation_id}/messages","body":"application/json"},
    getMessage: {"method":"GET","path":"/messages/{message_id}"},
    listConversationComments: {"method":"GET","path":"/conversations/{conversation_id}/comments"},
    createComment: {"method":"POST","path":"/conversations/{conversation_id}/comments","body":"application/json"},
    listContacts: {"method":"GET","path":"/contacts","paging":{"style":"url","nextUrl":"_pagination.next"}},
    getContact: {"method":"GET","path":"/contacts/{contact_id}"},
    createContact: {"method":"POST","path":"/contacts","body":"application/json"},
    updateContact: {"method":"PATCH","path":"/contacts/{contact_id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/contacts/{contact_id}"},
    listTags: {"method":"GET","path":"/tags","paging":{"style":"url","nextUrl":"_pagination.next"}},
    getTag: {"method":"GET","path":"/tags/{tag_id}"},
    createTag: {"method":"POST","path":"/tags","body":"application/json"},
    updateTag: {"method":"PATCH","path":"/tags/{tag_id}","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/tags/{tag_id}"},
    listAccounts: {"method":"GET","path":"/accounts","paging":{"style":"url","nextUrl":"_pagination.next"}},
    getAccount: {"method":"GET","path":"/accounts/{account_id}"},
    createAccount: {"method":"POST","path":"/accounts","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Front client: `const api = front(new Switchboard({ baseUrl, apiKey }))`.
 */
export function front(client: Switchboard): FrontClient {
    const app = "front";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        listTeammates: (args, options) => client.call(app, routes.listTeammates, args, options),
        getTeammate: (args, options) => client.call(app, routes.getTeammate, args, options),
        listTeams: (args, options) => client.call(app, routes.listTeams, args, options),
        listInboxes: (args, options) => client.call(app, routes.listInboxes, args, options),
        getInbox: (args, options) => client.call(app, routes.getInbox, args, options),
        createInbox: (args, options) => client.call(app, routes.createInbox, args, options),
        listChannels: (args, options) => client.call(app, routes.listChannels, args, options),
        getChannel: (args, options) => client.call(app, routes.getChannel, args, options),
        sendMessage: (args, options) => client.call(app, routes.sendMessage, args, options),
        listConversations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listConversations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listConversations, args, options) }) as FrontClient["listConversations"],
        getConversation: (args, options) => client.call(app, routes.getConversation, args, options),
        updateConversation: (args, options) => client.call(app, routes.updateConversation, args, options),
        updateConversationAssignee: (args, options) => client.call(app, routes.updateConversationAssignee, args, options),
        replyToConversation: (args, options) => client.call(app, routes.replyToConversation, args, options),
        getMessage: (args, options) => client.call(app, routes.getMessage, args, options),
        listConversationComments: (args, options) => client.call(app, routes.listConversationComments, args, options),
        createComment: (args, options) => client.call(app, routes.createComment, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as FrontClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as FrontClient["listTags"],
        getTag: (args, options) => client.call(app, routes.getTag, args, options),
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        listAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccounts, args, options) }) as FrontClient["listAccounts"],
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        createAccount: (args, options) => client.call(app, routes.createAccount, args, options),
    };
}