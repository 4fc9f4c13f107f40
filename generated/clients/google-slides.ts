// Generated from providers/google-slides.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-slides.js';

/**
 * Google Slides through the Switchboard gateway: Create Google Slides presentations, read their slides and page elements, and edit them with batches of update requests.
 */
export interface GoogleSlidesClient {
    /**
     * Create a presentation with a title and one empty title slide.
     *
     * `POST /v1/presentations`
     */
    createPresentation(args: Args<operations["createPresentation"]>, options?: CallOptions): Promise<Result<Data<operations["createPresentation"]>>>;
    /**
     * Read a presentation with all its slides, layouts, masters and page elements.
     *
     * `GET /v1/presentations/{presentationId}`
     */
    getPresentation(args: Args<operations["getPresentation"]>, options?: CallOptions): Promise<Result<Data<operations["getPresentation"]>>>;
    /**
     * Apply a list of edits - new slides, shapes, images, text, styles, deletions - to a presentation in one go.
     *
     * `POST /v1/presentations/{presentationId}:batchUpdate`
     */
    batchUpdatePresentation(args: Args<operations["batchUpdatePresentation"]>, options?: CallOptions): Promise<Result<Data<operations["batchUpdatePresentation"]>>>;
    /**
     * Read one slide (or layout, master or notes page) with its page elements.
     *
     * `GET /v1/presentations/{presentationId}/pages/{pageId}`
     */
    getPage(args: Args<operations["getPage"]>, options?: CallOptions): Promise<Result<Data<operations["getPage"]>>>;
    /**
     * Render a slide to a PNG and get a temporary link to the image.
     *
     * `GET /v1/presentations/{presentationId}/pages/{pageId}/thumbnail`
     */
    getPageThumbnail(args: Args<operations["getPageThumbnail"]>, options?: CallOptions): Promise<Result<Data<operations["getPageThumbnail"]>>>;
}

const routes = {
    createPresentation: {"method":"POST","path":"/v1/presentations","body":"application/json"},
    getPresentation: {"method":"GET","path":"/v1/presentations/{presentationId}"},
    batchUpdatePresentation: {"method":"POST","path":"/v1/presentations/{presentationId}:batchUpdate","body":"application/json"},
    getPage: {"method":"GET","path":"/v1/presentations/{presentationId}/pages/{pageId}"},
    getPageThumbnail: {"method":"GET","path":"/v1/presentations/{presentationId}/pages/{pageId}/thumbnail"},
} satisfies Record<string, Route>;

/**
 * The Google Slides client: `const api = googleSlides(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleSlides(client: Switchboard): GoogleSlidesClient {
    const app = "google-slides";
    return {
        createPresentation: (args, options) => client.call(app, routes.createPresentation, args, options),
        getPresentation: (args, options) => client.call(app, routes.getPresentation, args, options),
        batchUpdatePresentation: (args, options) => client.call(app, routes.batchUpdatePresentation, args, options),
        getPage: (args, options) => client.call(app, routes.getPage, args, options),
        getPageThumbnail: (args, options) => client.call(app, routes.getPageThumbnail, args, options),
    };
}