// Generated from providers/front.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/front.js';

/**
 * Front through the Switchboard gateway: Front's shared-inbox API for conversations, messages, comments, contacts, accounts, tags, inboxes, channels, teammates and teams.
 */
export interface FrontClient {
    /** Read the company (or identity) that the credentials belong to. `GET /me` */
    getMe: Call<operations["getMe"]>;
    /** List the company's teammates. `GET /teammates` */
    listTeammates: Call<operations["listTeammates"]>;
    /** Read one teammate. `GET /teammates/{teammate_id}` */
    getTeammate: Call<operations["getTeammate"]>;
    /** List the company's teams (workspaces). `GET /teams` */
    listTeams: Call<operations["listTeams"]>;
    /** List the inboxes the credentials can see. `GET /inboxes` */
    listInboxes: Call<operations["listInboxes"]>;
    /** Read one inbox. `GET /inboxes/{inbox_id}` */
    getInbox: Call<operations["getInbox"]>;
    /** Create a shared inbox and give teammates access to it. `POST /inboxes` */
    createInbox: Call<operations["createInbox"]>;
    /** List the channels (email addresses, SMS numbers, chat and so on) messages arrive through. `GET /channels` */
    listChannels: Call<operations["listChannels"]>;
    /** Read one channel. `GET /channels/{channel_id}` */
    getChannel: Call<operations["getChannel"]>;
    /** Send a new outbound message from a channel, starting a conversation. `POST /channels/{channel_id}/messages` */
    sendMessage: Call<operations["sendMessage"]>;
    /** List conversations in reverse order of activity, optionally filtered. `GET /conversations` */
    listConversations: Paged<operations["listConversations"]>;
    /** Read one conversation. `GET /conversations/{conversation_id}` */
    getConversation: Call<operations["getConversation"]>;
    /** Change a conversation's assignee, inbox, status, tags or custom fields. `PATCH /conversations/{conversation_id}` */
    updateConversation: Call<operations["updateConversation"]>;
    /** Assign a conversation to a teammate, or unassign it. `PUT /conversations/{conversation_id}/assignee` */
    updateConversationAssignee: Call<operations["updateConversationAssignee"]>;
    /** Send a reply in an existing conversation. `POST /conversations/{conversation_id}/messages` */
    replyToConversation: Call<operations["replyToConversation"]>;
    /** Read one message with its recipients, body and attachments. `GET /messages/{message_id}` */
    getMessage: Call<operations["getMessage"]>;
    /** List the internal comments on a conversation. `GET /conversations/{conversation_id}/comments` */
    listConversationComments: Call<operations["listConversationComments"]>;
    /** Add an internal comment to a conversation. `POST /conversations/{conversation_id}/comments` */
    createComment: Call<operations["createComment"]>;
    /** List contacts, optionally filtered. `GET /contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with its handles. `GET /contacts/{contact_id}` */
    getContact: Call<operations["getContact"]>;
    /** Create a contact with one or more handles (email, phone, social). `POST /contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change a contact's name, description, links or custom fields. `PATCH /contacts/{contact_id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /contacts/{contact_id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List the company's tags. `GET /tags` */
    listTags: Paged<operations["listTags"]>;
    /** Read one tag. `GET /tags/{tag_id}` */
    getTag: Call<operations["getTag"]>;
    /** Create a company tag. `POST /tags` */
    createTag: Call<operations["createTag"]>;
    /** Rename a tag or change its description or colour. `PATCH /tags/{tag_id}` */
    updateTag: Call<operations["updateTag"]>;
    /** Delete a tag. `DELETE /tags/{tag_id}` */
    deleteTag: Call<operations["deleteTag"]>;
    /** List customer accounts (companies your contacts belong to). `GET /accounts` */
    listAccounts: Paged<operations["listAccounts"]>;
    /** Read one customer account. `GET /accounts/{account_id}` */
    getAccount: Call<operations["getAccount"]>;
    /** Create a customer account, optionally with its email domains. `POST /accounts` */
    createAccount: Call<operations["createAccount"]>;
}

const routes: Routes<FrontClient> = {
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
};

/**
 * The Front client: `const api = front(new Switchboard({ baseUrl, apiKey }))`.
 */
export const front = (sb: Switchboard): FrontClient => bindClient<FrontClient>(sb, "front", routes);
