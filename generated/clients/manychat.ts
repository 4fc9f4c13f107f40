// Generated from providers/manychat.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/manychat.js';

/**
 * ManyChat through the Switchboard gateway: Page info, tags, custom and bot fields, flows, subscribers and message sending of a ManyChat account.
 */
export interface ManychatClient {
    /**
     * Read the connected page's id, name, category and plan details.
     *
     * `GET /fb/page/getInfo`
     */
    getPageInfo(args?: Args<operations["getPageInfo"]>, options?: CallOptions): Promise<Result<Data<operations["getPageInfo"]>>>;
    /**
     * List the page's tags.
     *
     * `GET /fb/page/getTags`
     */
    getTags(args?: Args<operations["getTags"]>, options?: CallOptions): Promise<Result<Data<operations["getTags"]>>>;
    /**
     * Create a tag on the page.
     *
     * `POST /fb/page/createTag`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Delete a tag from the page by its id.
     *
     * `POST /fb/page/removeTag`
     */
    removeTag(args: Args<operations["removeTag"]>, options?: CallOptions): Promise<Result<Data<operations["removeTag"]>>>;
    /**
     * List the page's subscriber custom fields with their types.
     *
     * `GET /fb/page/getCustomFields`
     */
    getCustomFields(args?: Args<operations["getCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["getCustomFields"]>>>;
    /**
     * Create a subscriber custom field.
     *
     * `POST /fb/page/createCustomField`
     */
    createCustomField(args: Args<operations["createCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomField"]>>>;
    /**
     * List the page's bot fields (page-wide values) with their current values.
     *
     * `GET /fb/page/getBotFields`
     */
    getBotFields(args?: Args<operations["getBotFields"]>, options?: CallOptions): Promise<Result<Data<operations["getBotFields"]>>>;
    /**
     * Set the value of a bot field by id.
     *
     * `POST /fb/page/setBotField`
     */
    setBotField(args: Args<operations["setBotField"]>, options?: CallOptions): Promise<Result<Data<operations["setBotField"]>>>;
    /**
     * List the page's automation flows and their folders.
     *
     * `GET /fb/page/getFlows`
     */
    getFlows(args?: Args<operations["getFlows"]>, options?: CallOptions): Promise<Result<Data<operations["getFlows"]>>>;
    /**
     * List the page's growth tools (widgets, ref links and other entry points).
     *
     * `GET /fb/page/getGrowthTools`
     */
    getGrowthTools(args?: Args<operations["getGrowthTools"]>, options?: CallOptions): Promise<Result<Data<operations["getGrowthTools"]>>>;
    /**
     * List the page's one-time notification topics.
     *
     * `GET /fb/page/getOtnTopics`
     */
    getOtnTopics(args?: Args<operations["getOtnTopics"]>, options?: CallOptions): Promise<Result<Data<operations["getOtnTopics"]>>>;
    /**
     * Read one subscriber's profile, tags and custom field values.
     *
     * `GET /fb/subscriber/getInfo`
     */
    getSubscriberInfo(args: Args<operations["getSubscriberInfo"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscriberInfo"]>>>;
    /**
     * Find subscribers whose full name matches.
     *
     * `GET /fb/subscriber/findByName`
     */
    findSubscriberByName(args: Args<operations["findSubscriberByName"]>, options?: CallOptions): Promise<Result<Data<operations["findSubscriberByName"]>>>;
    /**
     * Find a subscriber by email or phone number.
     *
     * `GET /fb/subscriber/findBySystemField`
     */
    findSubscriberBySystemField(args?: Args<operations["findSubscriberBySystemField"]>, options?: CallOptions): Promise<Result<Data<operations["findSubscriberBySystemField"]>>>;
    /**
     * Import a contact as a subscriber by phone, WhatsApp number or email.
     *
     * `POST /fb/subscriber/createSubscriber`
     */
    createSubscriber(args: Args<operations["createSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["createSubscriber"]>>>;
    /**
     * Change a subscriber's name, phone, email, gender or opt-in flags.
     *
     * `POST /fb/subscriber/updateSubscriber`
     */
    updateSubscriber(args: Args<operations["updateSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["updateSubscriber"]>>>;
    /**
     * Tag a subscriber.
     *
     * `POST /fb/subscriber/addTag`
     */
    addTagToSubscriber(args: Args<operations["addTagToSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["addTagToSubscriber"]>>>;
    /**
     * Set one custom field value of a subscriber.
     *
     * `POST /fb/subscriber/setCustomField`
     */
    setSubscriberCustomField(args: Args<operations["setSubscriberCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["setSubscriberCustomField"]>>>;
    /**
     * Send messages built in ManyChat's dynamic block format to a subscriber.
     *
     * `POST /fb/sending/sendContent`
     */
    sendContent(args: Args<operations["sendContent"]>, options?: CallOptions): Promise<Result<Data<operations["sendContent"]>>>;
    /**
     * Start a flow for a subscriber.
     *
     * `POST /fb/sending/sendFlow`
     */
    sendFlow(args: Args<operations["sendFlow"]>, options?: CallOptions): Promise<Result<Data<operations["sendFlow"]>>>;
}

const routes = {
    getPageInfo: {"method":"GET","path":"/fb/page/getInfo"},
    getTags: {"method":"GET","path":"/fb/page/getTags"},
    createTag: {"method":"POST","path":"/fb/page/createTag","body":"application/json"},
    removeTag: {"method":"POST","path":"/fb/page/removeTag","body":"application/json"},
    getCustomFields: {"method":"GET","path":"/fb/page/getCustomFields"},
    createCustomField: {"method":"POST","path":"/fb/page/createCustomField","body":"application/json"},
    getBotFields: {"method":"GET","path":"/fb/page/getBotFields"},
    setBotField: {"method":"POST","path":"/fb/page/setBotField","body":"application/json"},
    getFlows: {"method":"GET","path":"/fb/page/getFlows"},
    getGrowthTools: {"method":"GET","path":"/fb/page/getGrowthTools"},
    getOtnTopics: {"method":"GET","path":"/fb/page/getOtnTopics"},
    getSubscriberInfo: {"method":"GET","path":"/fb/subscriber/getInfo"},
    findSubscriberByName: {"method":"GET","path":"/fb/subscriber/findByName"},
    findSubscriberBySystemField: {"method":"GET","path":"/fb/subscriber/findBySystemField"},
    createSubscriber: {"method":"POST","path":"/fb/subscriber/createSubscriber","body":"application/json"},
    updateSubscriber: {"method":"POST","path":"/fb/subscriber/updateSubscriber","body":"application/json"},
    addTagToSubscriber: {"method":"POST","path":"/fb/subscriber/addTag","body":"application/json"},
    setSubscriberCustomField: {"method":"POST","path":"/fb/subscriber/setCustomField","body":"application/json"},
    sendContent: {"method":"POST","path":"/fb/sending/sendContent","body":"application/json"},
    sendFlow: {"method":"POST","path":"/fb/sending/sendFlow","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The ManyChat client: `const api = manychat(new Switchboard({ baseUrl, apiKey }))`.
 */
export function manychat(client: Switchboard): ManychatClient {
    const app = "manychat";
    return {
        getPageInfo: (args, options) => client.call(app, routes.getPageInfo, args, options),
        getTags: (args, options) => client.call(app, routes.getTags, args, options),
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        removeTag: (args, options) => client.call(app, routes.removeTag, args, options),
        getCustomFields: (args, options) => client.call(app, routes.getCustomFields, args, options),
        createCustomField: (args, options) => client.call(app, routes.createCustomField, args, options),
        getBotFields: (args, options) => client.call(app, routes.getBotFields, args, options),
        setBotField: (args, options) => client.call(app, routes.setBotField, args, options),
        getFlows: (args, options) => client.call(app, routes.getFlows, args, options),
        getGrowthTools: (args, options) => client.call(app, routes.getGrowthTools, args, options),
        getOtnTopics: (args, options) => client.call(app, routes.getOtnTopics, args, options),
        getSubscriberInfo: (args, options) => client.call(app, routes.getSubscriberInfo, args, options),
        findSubscriberByName: (args, options) => client.call(app, routes.findSubscriberByName, args, options),
        findSubscriberBySystemField: (args, options) => client.call(app, routes.findSubscriberBySystemField, args, options),
        createSubscriber: (args, options) => client.call(app, routes.createSubscriber, args, options),
        updateSubscriber: (args, options) => client.call(app, routes.updateSubscriber, args, options),
        addTagToSubscriber: (args, options) => client.call(app, routes.addTagToSubscriber, args, options),
        setSubscriberCustomField: (args, options) => client.call(app, routes.setSubscriberCustomField, args, options),
        sendContent: (args, options) => client.call(app, routes.sendContent, args, options),
        sendFlow: (args, options) => client.call(app, routes.sendFlow, args, options),
    };
}