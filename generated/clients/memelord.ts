// Generated from providers/memelord.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/memelord.js';

/**
 * Memelord through the Switchboard gateway: AI meme generation with Memelord, covering image memes and video memes made from a prompt, edits of earlier results and video render status.
 */
export interface MemelordClient {
    /** Generate one or more captioned image memes from a prompt. `POST /api/v1/ai-meme` */
    generateMeme: Call<operations["generateMeme"]>;
    /** Rework an earlier image meme following a plain-language instruction. `POST /api/v1/ai-meme/edit` */
    editMeme: Call<operations["editMeme"]>;
    /** Start rendering one or more video memes from a prompt. `POST /api/v1/ai-video-meme` */
    generateVideoMeme: Call<operations["generateVideoMeme"]>;
    /** Start re-rendering an earlier video meme with a new caption or other changes. `POST /api/v1/ai-video-meme/edit` */
    editVideoMeme: Call<operations["editVideoMeme"]>;
    /** Check a video render job and get the MP4 link once it is done. `GET /api/video/render/remote` */
    getVideoRenderStatus: Call<operations["getVideoRenderStatus"]>;
}

const routes: Routes<MemelordClient> = {
    generateMeme: {"method":"POST","path":"/api/v1/ai-meme","body":"application/json"},
    editMeme: {"method":"POST","path":"/api/v1/ai-meme/edit","body":"application/json"},
    generateVideoMeme: {"method":"POST","path":"/api/v1/ai-video-meme","body":"application/json"},
    editVideoMeme: {"method":"POST","path":"/api/v1/ai-video-meme/edit","body":"application/json"},
    getVideoRenderStatus: {"method":"GET","path":"/api/video/render/remote"},
};

/**
 * The Memelord client: `const api = memelord(new Switchboard({ baseUrl, apiKey }))`.
 */
export const memelord = (sb: Switchboard): MemelordClient => bindClient<MemelordClient>(sb, "memelord", routes);
