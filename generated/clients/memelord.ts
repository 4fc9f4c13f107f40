// Generated from providers/memelord.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/memelord.js';

/**
 * Memelord through the Switchboard gateway: AI meme generation with Memelord, covering image memes and video memes made from a prompt, edits of earlier results and video render status.
 */
export interface MemelordClient {
    /**
     * Generate one or more captioned image memes from a prompt.
     *
     * `POST /api/v1/ai-meme`
     */
    generateMeme(args: Args<operations["generateMeme"]>, options?: CallOptions): Promise<Result<Data<operations["generateMeme"]>>>;
    /**
     * Rework an earlier image meme following a plain-language instruction.
     *
     * `POST /api/v1/ai-meme/edit`
     */
    editMeme(args: Args<operations["editMeme"]>, options?: CallOptions): Promise<Result<Data<operations["editMeme"]>>>;
    /**
     * Start rendering one or more video memes from a prompt.
     *
     * `POST /api/v1/ai-video-meme`
     */
    generateVideoMeme(args: Args<operations["generateVideoMeme"]>, options?: CallOptions): Promise<Result<Data<operations["generateVideoMeme"]>>>;
    /**
     * Start re-rendering an earlier video meme with a new caption or other changes.
     *
     * `POST /api/v1/ai-video-meme/edit`
     */
    editVideoMeme(args: Args<operations["editVideoMeme"]>, options?: CallOptions): Promise<Result<Data<operations["editVideoMeme"]>>>;
    /**
     * Check a video render job and get the MP4 link once it is done.
     *
     * `GET /api/video/render/remote`
     */
    getVideoRenderStatus(args: Args<operations["getVideoRenderStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getVideoRenderStatus"]>>>;
}

const routes = {
    generateMeme: {"method":"POST","path":"/api/v1/ai-meme","body":"application/json"},
    editMeme: {"method":"POST","path":"/api/v1/ai-meme/edit","body":"application/json"},
    generateVideoMeme: {"method":"POST","path":"/api/v1/ai-video-meme","body":"application/json"},
    editVideoMeme: {"method":"POST","path":"/api/v1/ai-video-meme/edit","body":"application/json"},
    getVideoRenderStatus: {"method":"GET","path":"/api/video/render/remote"},
} satisfies Record<string, Route>;

/**
 * The Memelord client: `const api = memelord(new Switchboard({ baseUrl, apiKey }))`.
 */
export function memelord(client: Switchboard): MemelordClient {
    const app = "memelord";
    return {
        generateMeme: (args, options) => client.call(app, routes.generateMeme, args, options),
        editMeme: (args, options) => client.call(app, routes.editMeme, args, options),
        generateVideoMeme: (args, options) => client.call(app, routes.generateVideoMeme, args, options),
        editVideoMeme: (args, options) => client.call(app, routes.editVideoMeme, args, options),
        getVideoRenderStatus: (args, options) => client.call(app, routes.getVideoRenderStatus, args, options),
    };
}