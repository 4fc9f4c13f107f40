// Generated from providers/telegram.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/telegram.js';

/**
 * Telegram through the Switchboard gateway: The Telegram Bot API for one bot - send, edit, forward and delete messages, read updates and chats, set commands and webhooks.
 */
export interface TelegramClient {
    /**
     * Check the token and read the bot's own user record.
     *
     * `GET /:token/getMe`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * Set the command list users see in the bot's menu, optionally per scope and language.
     *
     * `POST /:token/setMyCommands`
     */
    setMyCommands(args: Args<operations["setMyCommands"]>, options?: CallOptions): Promise<Result<Data<operations["setMyCommands"]>>>;
    /**
     * Fetch incoming updates by long polling; confirm them by passing a higher offset next time.
     *
     * `POST /:token/getUpdates`
     */
    getUpdates(args?: Args<operations["getUpdates"]>, options?: CallOptions): Promise<Result<Data<operations["getUpdates"]>>>;
    /**
     * Have Telegram push updates to an https URL, or stop pushing with an empty url.
     *
     * `POST /:token/setWebhook`
     */
    setWebhook(args: Args<operations["setWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["setWebhook"]>>>;
    /**
     * Acknowledge an inline-keyboard button press, optionally with a toast or alert.
     *
     * `POST /:token/answerCallbackQuery`
     */
    answerCallbackQuery(args: Args<operations["answerCallbackQuery"]>, options?: CallOptions): Promise<Result<Data<operations["answerCallbackQuery"]>>>;
    /**
     * Send a text message to a chat.
     *
     * `POST /:token/sendMessage`
     */
    sendMessage(args: Args<operations["sendMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMessage"]>>>;
    /**
     * Send a photo by URL or file_id, with an optional caption.
     *
     * `POST /:token/sendPhoto`
     */
    sendPhoto(args: Args<operations["sendPhoto"]>, options?: CallOptions): Promise<Result<Data<operations["sendPhoto"]>>>;
    /**
     * Send a file as a document by URL or file_id.
     *
     * `POST /:token/sendDocument`
     */
    sendDocument(args: Args<operations["sendDocument"]>, options?: CallOptions): Promise<Result<Data<operations["sendDocument"]>>>;
    /**
     * Send a point on the map, optionally as a live location.
     *
     * `POST /:token/sendLocation`
     */
    sendLocation(args: Args<operations["sendLocation"]>, options?: CallOptions): Promise<Result<Data<operations["sendLocation"]>>>;
    /**
     * Post a poll or quiz with two to ten answer options.
     *
     * `POST /:token/sendPoll`
     */
    sendPoll(args: Args<operations["sendPoll"]>, options?: CallOptions): Promise<Result<Data<operations["sendPoll"]>>>;
    /**
     * Replace the text of a message the bot sent.
     *
     * `POST /:token/editMessageText`
     */
    editMessageText(args: Args<operations["editMessageText"]>, options?: CallOptions): Promise<Result<Data<operations["editMessageText"]>>>;
    /**
     * Delete a message; most messages can only be deleted within 48 hours.
     *
     * `POST /:token/deleteMessage`
     */
    deleteMessage(args: Args<operations["deleteMessage"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMessage"]>>>;
    /**
     * Forward a message from one chat to another, keeping the original sender shown.
     *
     * `POST /:token/forwardMessage`
     */
    forwardMessage(args: Args<operations["forwardMessage"]>, options?: CallOptions): Promise<Result<Data<operations["forwardMessage"]>>>;
    /**
     * Read up-to-date information about a chat the bot is in.
     *
     * `POST /:token/getChat`
     */
    getChat(args: Args<operations["getChat"]>, options?: CallOptions): Promise<Result<Data<operations["getChat"]>>>;
    /**
     * Get the download path of a file (up to 20 MB) from its file_id.
     *
     * `POST /:token/getFile`
     */
    getFile(args: Args<operations["getFile"]>, options?: CallOptions): Promise<Result<Data<operations["getFile"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Telegram client: `const api = telegram(new Switchboard({ baseUrl, apiKey }))`.
 */
export function telegram(client: Switchboard): TelegramClient {
    const app = "telegram";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        setMyCommands: (args, options) => client.call(app, routes.setMyCommands, args, options),
        getUpdates: (args, options) => client.call(app, routes.getUpdates, args, options),
        setWebhook: (args, options) => client.call(app, routes.setWebhook, args, options),
        answerCallbackQuery: (args, options) => client.call(app, routes.answerCallbackQuery, args, options),
        sendMessage: (args, options) => client.call(app, routes.sendMessage, args, options),
        sendPhoto: (args, options) => client.call(app, routes.sendPhoto, args, options),
        sendDocument: (args, options) => client.call(app, routes.sendDocument, args, options),
        sendLocation: (args, options) => client.call(app, routes.sendLocation, args, options),
        sendPoll: (args, options) => client.call(app, routes.sendPoll, args, options),
        editMessageText: (args, options) => client.call(app, routes.editMessageText, args, options),
        deleteMessage: (args, options) => client.call(app, routes.deleteMessage, args, options),
        forwardMessage: (args, options) => client.call(app, routes.forwardMessage, args, options),
        getChat: (args, options) => client.call(app, routes.getChat, args, options),
        getFile: (args, options) => client.call(app, routes.getFile, args, options),
    };
}