// Generated from providers/google-slides.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-slides.js';

/**
 * Google Slides through the Switchboard gateway: Create Google Slides presentations, read their slides and page elements, and edit them with batches of update requests.
 */
export interface GoogleSlidesClient {
    /** Create a presentation with a title and one empty title slide. `POST /v1/presentations` */
    createPresentation: Call<operations["createPresentation"]>;
    /** Read a presentation with all its slides, layouts, masters and page elements. `GET /v1/presentations/{presentationId}` */
    getPresentation: Call<operations["getPresentation"]>;
    /** Apply a list of edits - new slides, shapes, images, text, styles, deletions - to a presentation in one go. `POST /v1/presentations/{presentationId}:batchUpdate` */
    batchUpdatePresentation: Call<operations["batchUpdatePresentation"]>;
    /** Read one slide (or layout, master or notes page) with its page elements. `GET /v1/presentations/{presentationId}/pages/{pageId}` */
    getPage: Call<operations["getPage"]>;
    /** Render a slide to a PNG and get a temporary link to the image. `GET /v1/presentations/{presentationId}/pages/{pageId}/thumbnail` */
    getPageThumbnail: Call<operations["getPageThumbnail"]>;
}

const routes: Routes<GoogleSlidesClient> = {
    createPresentation: {"method":"POST","path":"/v1/presentations","body":"application/json"},
    getPresentation: {"method":"GET","path":"/v1/presentations/{presentationId}"},
    batchUpdatePresentation: {"method":"POST","path":"/v1/presentations/{presentationId}:batchUpdate","body":"application/json"},
    getPage: {"method":"GET","path":"/v1/presentations/{presentationId}/pages/{pageId}"},
    getPageThumbnail: {"method":"GET","path":"/v1/presentations/{presentationId}/pages/{pageId}/thumbnail"},
};

/**
 * The Google Slides client: `const api = googleSlides(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleSlides = (sb: Switchboard): GoogleSlidesClient => bindClient<GoogleSlidesClient>(sb, "google-slides", routes);
