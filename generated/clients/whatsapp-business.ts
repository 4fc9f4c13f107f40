// Generated from providers/whatsapp-business.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/whatsapp-business.js';

/**
 * WhatsApp Business through the Switchboard gateway: Send WhatsApp messages, manage message templates, media and the business profile through Meta's WhatsApp Cloud API.
 */
export interface WhatsappBusinessClient {
    /**
     * Send a text, template, media or interactive message, or mark a received message as read.
     *
     * `POST /v21.0/{phone_number_id}/messages`
     */
    sendMessage(args: Args<operations["sendMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMessage"]>>>;
    /**
     * Upload an image, document, audio or video file and get a media id to send it with.
     *
     * `POST /v21.0/{phone_number_id}/media`
     */
    uploadMedia(args: Args<operations["uploadMedia"]>, options?: CallOptions): Promise<Result<Data<operations["uploadMedia"]>>>;
    /**
     * Look up an uploaded or received media item, including a temporary download URL.
     *
     * `GET /v21.0/{media_id}`
     */
    getMedia(args: Args<operations["getMedia"]>, options?: CallOptions): Promise<Result<Data<operations["getMedia"]>>>;
    /**
     * List the account's message templates with their status and components.
     *
     * `GET /v21.0/{whatsapp_business_account_id}/message_templates`
     */
    listMessageTemplates: {
        (args: Args<operations["listMessageTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listMessageTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMessageTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMessageTemplates"]>, void, undefined>;
    };
    /**
     * Submit a new message template for Meta's review.
     *
     * `POST /v21.0/{whatsapp_business_account_id}/message_templates`
     */
    createMessageTemplate(args: Args<operations["createMessageTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["createMessageTemplate"]>>>;
    /**
     * Read the business profile shown to customers for a phone number.
     *
     * `GET /v21.0/{phone_number_id}/whatsapp_business_profile`
     */
    getBusinessProfile(args: Args<operations["getBusinessProfile"]>, options?: CallOptions): Promise<Result<Data<operations["getBusinessProfile"]>>>;
    /**
     * Change the about text, address, description, email, websites or industry of the business profile.
     *
     * `POST /v21.0/{phone_number_id}/whatsapp_business_profile`
     */
    updateBusinessProfile(args: Args<operations["updateBusinessProfile"]>, options?: CallOptions): Promise<Result<Data<operations["updateBusinessProfile"]>>>;
}

const routes = {
    sendMessage: {"method":"POST","path":"/v21.0/{phone_number_id}/messages","body":"application/json"},
    uploadMedia: {"method":"POST","path":"/v21.0/{phone_number_id}/media","body":"multipart/form-data"},
    getMedia: {"method":"GET","path":"/v21.0/{media_id}"},
    listMessageTemplates: {"method":"GET","path":"/v21.0/{whatsapp_business_account_id}/message_templates","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    createMessageTemplate: {"method":"POST","path":"/v21.0/{whatsapp_business_account_id}/message_templates","body":"application/json"},
    getBusinessProfile: {"method":"GET","path":"/v21.0/{phone_number_id}/whatsapp_business_profile"},
    updateBusinessProfile: {"method":"POST","path":"/v21.0/{phone_number_id}/whatsapp_business_profile","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The WhatsApp Business client: `const api = whatsappBusiness(new Switchboard({ baseUrl, apiKey }))`.
 */
export function whatsappBusiness(client: Switchboard): WhatsappBusinessClient {
    const app = "whatsapp-business";
    return {
        sendMessage: (args, options) => client.call(app, routes.sendMessage, args, options),
        uploadMedia: (args, options) => client.call(app, routes.uploadMedia, args, options),
        getMedia: (args, options) => client.call(app, routes.getMedia, args, options),
        listMessageTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMessageTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMessageTemplates, args, options) }) as WhatsappBusinessClient["listMessageTemplates"],
        createMessageTemplate: (args, options) => client.call(app, routes.createMessageTemplate, args, options),
        getBusinessProfile: (args, options) => client.call(app, routes.getBusinessProfile, args, options),
        updateBusinessProfile: (args, options) => client.call(app, routes.updateBusinessProfile, args, options),
    };
}