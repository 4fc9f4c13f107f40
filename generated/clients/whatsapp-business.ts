// Generated from providers/whatsapp-business.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/whatsapp-business.js';

/**
 * WhatsApp Business through the Switchboard gateway: Send WhatsApp messages, manage message templates, media and the business profile through Meta's WhatsApp Cloud API.
 */
export interface WhatsappBusinessClient {
    /** Send a text, template, media or interactive message, or mark a received message as read. `POST /v21.0/{phone_number_id}/messages` */
    sendMessage: Call<operations["sendMessage"]>;
    /** Upload an image, document, audio or video file and get a media id to send it with. `POST /v21.0/{phone_number_id}/media` */
    uploadMedia: Call<operations["uploadMedia"]>;
    /** Look up an uploaded or received media item, including a temporary download URL. `GET /v21.0/{media_id}` */
    getMedia: Call<operations["getMedia"]>;
    /** List the account's message templates with their status and components. `GET /v21.0/{whatsapp_business_account_id}/message_templates` */
    listMessageTemplates: Paged<operations["listMessageTemplates"]>;
    /** Submit a new message template for Meta's review. `POST /v21.0/{whatsapp_business_account_id}/message_templates` */
    createMessageTemplate: Call<operations["createMessageTemplate"]>;
    /** Read the business profile shown to customers for a phone number. `GET /v21.0/{phone_number_id}/whatsapp_business_profile` */
    getBusinessProfile: Call<operations["getBusinessProfile"]>;
    /** Change the about text, address, description, email, websites or industry of the business profile. `POST /v21.0/{phone_number_id}/whatsapp_business_profile` */
    updateBusinessProfile: Call<operations["updateBusinessProfile"]>;
}

const routes: Routes<WhatsappBusinessClient> = {
    sendMessage: {"method":"POST","path":"/v21.0/{phone_number_id}/messages","body":"application/json"},
    uploadMedia: {"method":"POST","path":"/v21.0/{phone_number_id}/media","body":"multipart/form-data"},
    getMedia: {"method":"GET","path":"/v21.0/{media_id}"},
    listMessageTemplates: {"method":"GET","path":"/v21.0/{whatsapp_business_account_id}/message_templates","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    createMessageTemplate: {"method":"POST","path":"/v21.0/{whatsapp_business_account_id}/message_templates","body":"application/json"},
    getBusinessProfile: {"method":"GET","path":"/v21.0/{phone_number_id}/whatsapp_business_profile"},
    updateBusinessProfile: {"method":"POST","path":"/v21.0/{phone_number_id}/whatsapp_business_profile","body":"application/json"},
};

/**
 * The WhatsApp Business client: `const api = whatsappBusiness(new Switchboard({ baseUrl, apiKey }))`.
 */
export const whatsappBusiness = (sb: Switchboard): WhatsappBusinessClient => bindClient<WhatsappBusinessClient>(sb, "whatsapp-business", routes);
