// Generated from providers/telegram.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/telegram.js';

/**
 * Telegram through the Switchboard gateway: The Telegram Bot API for one bot - send, edit, forward and delete messages, read updates and chats, set commands and webhooks.
 */
export interface TelegramClient {
    /** Check the token and read the bot's own user record. `GET /:token/getMe` */
    getMe: Call<operations["getMe"]>;
    /** Set the command list users see in the bot's menu, optionally per scope and language. `POST /:token/setMyCommands` */
    setMyCommands: Call<operations["setMyCommands"]>;
    /** Fetch incoming updates by long polling; confirm them by passing a higher offset next time. `POST /:token/getUpdates` */
    getUpdates: Call<operations["getUpdates"]>;
    /** Have Telegram push updates to an https URL, or stop pushing with an empty url. `POST /:token/setWebhook` */
    setWebhook: Call<operations["setWebhook"]>;
    /** Acknowledge an inline-keyboard button press, optionally with a toast or alert. `POST /:token/answerCallbackQuery` */
    answerCallbackQuery: Call<operations["answerCallbackQuery"]>;
    /** Send a text message to a chat. `POST /:token/sendMessage` */
    sendMessage: Call<operations["sendMessage"]>;
    /** Send a photo by URL or file_id, with an optional caption. `POST /:token/sendPhoto` */
    sendPhoto: Call<operations["sendPhoto"]>;
    /** Send a file as a document by URL or file_id. `POST /:token/sendDocument` */
    sendDocument: Call<operations["sendDocument"]>;
    /** Send a point on the map, optionally as a live location. `POST /:token/sendLocation` */
    sendLocation: Call<operations["sendLocation"]>;
    /** Post a poll or quiz with two to ten answer options. `POST /:token/sendPoll` */
    sendPoll: Call<operations["sendPoll"]>;
    /** Replace the text of a message the bot sent. `POST /:token/editMessageText` */
    editMessageText: Call<operations["editMessageText"]>;
    /** Delete a message; most messages can only be deleted within 48 hours. `POST /:token/deleteMessage` */
    deleteMessage: Call<operations["deleteMessage"]>;
    /** Forward a message from one chat to another, keeping the original sender shown. `POST /:token/forwardMessage` */
    forwardMessage: Call<operations["forwardMessage"]>;
    /** Read up-to-date information about a chat the bot is in. `POST /:token/getChat` */
    getChat: Call<operations["getChat"]>;
    /** Get the download path of a file (up to 20 MB) from its file_id. `POST /:token/getFile` */
    getFile: Call<operations["getFile"]>;
}

const routes: Routes<TelegramClient> = {
    getMe: {"method":"GET","path":"/:token/getMe"},
    setMyCommands: {"method":"POST","path":"/:token/setMyCommands","body":"application/json"},
    getUpdates: {"method":"POST","path":"/:token/getUpdates","body":"application/json"},
    setWebhook: {"method":"POST","path":"/:token/setWebhook","body":"application/json"},
    answerCallbackQuery: {"method":"POST","path":"/:token/answerCallbackQuery","body":"application/json"},
    sendMessage: {"method":"POST","path":"/:token/sendMessage","body":"application/json"},
    sendPhoto: {"method":"POST","path":"/:token/sendPhoto","body":"application/json"},
    sendDocument: {"method":"POST","path":"/:token/sendDocument","body":"application/json"},
    sendLocation: {"method":"POST","path":"/:token/sendLocation","body":"application/json"},
    sendPoll: {"method":"POST","path":"/:token/sendPoll","body":"application/json"},
    editMessageText: {"method":"POST","path":"/:token/editMessageText","body":"application/json"},
    deleteMessage: {"method":"POST","path":"/:token/deleteMessage","body":"application/json"},
    forwardMessage: {"method":"POST","path":"/:token/forwardMessage","body":"application/json"},
    getChat: {"method":"POST","path":"/:token/getChat","body":"application/json"},
    getFile: {"method":"POST","path":"/:token/getFile","body":"application/json"},
};

/**
 * The Telegram client: `const api = telegram(new Switchboard({ baseUrl, apiKey }))`.
 */
export const telegram = (sb: Switchboard): TelegramClient => bindClient<TelegramClient>(sb, "telegram", routes);
