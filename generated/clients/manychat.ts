// Generated from providers/manychat.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/manychat.js';

/**
 * ManyChat through the Switchboard gateway: Page info, tags, custom and bot fields, flows, subscribers and message sending of a ManyChat account.
 */
export interface ManychatClient {
    /** Read the connected page's id, name, category and plan details. `GET /fb/page/getInfo` */
    getPageInfo: Call<operations["getPageInfo"]>;
    /** List the page's tags. `GET /fb/page/getTags` */
    getTags: Call<operations["getTags"]>;
    /** Create a tag on the page. `POST /fb/page/createTag` */
    createTag: Call<operations["createTag"]>;
    /** Delete a tag from the page by its id. `POST /fb/page/removeTag` */
    removeTag: Call<operations["removeTag"]>;
    /** List the page's subscriber custom fields with their types. `GET /fb/page/getCustomFields` */
    getCustomFields: Call<operations["getCustomFields"]>;
    /** Create a subscriber custom field. `POST /fb/page/createCustomField` */
    createCustomField: Call<operations["createCustomField"]>;
    /** List the page's bot fields (page-wide values) with their current values. `GET /fb/page/getBotFields` */
    getBotFields: Call<operations["getBotFields"]>;
    /** Set the value of a bot field by id. `POST /fb/page/setBotField` */
    setBotField: Call<operations["setBotField"]>;
    /** List the page's automation flows and their folders. `GET /fb/page/getFlows` */
    getFlows: Call<operations["getFlows"]>;
    /** List the page's growth tools (widgets, ref links and other entry points). `GET /fb/page/getGrowthTools` */
    getGrowthTools: Call<operations["getGrowthTools"]>;
    /** List the page's one-time notification topics. `GET /fb/page/getOtnTopics` */
    getOtnTopics: Call<operations["getOtnTopics"]>;
    /** Read one subscriber's profile, tags and custom field values. `GET /fb/subscriber/getInfo` */
    getSubscriberInfo: Call<operations["getSubscriberInfo"]>;
    /** Find subscribers whose full name matches. `GET /fb/subscriber/findByName` */
    findSubscriberByName: Call<operations["findSubscriberByName"]>;
    /** Find a subscriber by email or phone number. `GET /fb/subscriber/findBySystemField` */
    findSubscriberBySystemField: Call<operations["findSubscriberBySystemField"]>;
    /** Import a contact as a subscriber by phone, WhatsApp number or email. `POST /fb/subscriber/createSubscriber` */
    createSubscriber: Call<operations["createSubscriber"]>;
    /** Change a subscriber's name, phone, email, gender or opt-in flags. `POST /fb/subscriber/updateSubscriber` */
    updateSubscriber: Call<operations["updateSubscriber"]>;
    /** Tag a subscriber. `POST /fb/subscriber/addTag` */
    addTagToSubscriber: Call<operations["addTagToSubscriber"]>;
    /** Set one custom field value of a subscriber. `POST /fb/subscriber/setCustomField` */
    setSubscriberCustomField: Call<operations["setSubscriberCustomField"]>;
    /** Send messages built in ManyChat's dynamic block format to a subscriber. `POST /fb/sending/sendContent` */
    sendContent: Call<operations["sendContent"]>;
    /** Start a flow for a subscriber. `POST /fb/sending/sendFlow` */
    sendFlow: Call<operations["sendFlow"]>;
}

const routes: Routes<ManychatClient> = {
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
};

/**
 * The ManyChat client: `const api = manychat(new Switchboard({ baseUrl, apiKey }))`.
 */
export const manychat = (sb: Switchboard): ManychatClient => bindClient<ManychatClient>(sb, "manychat", routes);
