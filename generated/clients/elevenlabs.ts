// Generated from providers/elevenlabs.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/elevenlabs.js';

/**
 * ElevenLabs through the Switchboard gateway: ElevenLabs voice AI covering text to speech, voice conversion and cloning, sound effects, noise removal, transcription, voices, models and history.
 */
export interface ElevenlabsClient {
    /**
     * Turn text into spoken audio in the chosen voice.
     *
     * `POST /v1/text-to-speech/{voice_id}`
     */
    textToSpeech(args: Args<operations["textToSpeech"]>, options?: CallOptions): Promise<Result<Data<operations["textToSpeech"]>>>;
    /**
     * Turn text into speech and stream the audio back as it is generated.
     *
     * `POST /v1/text-to-speech/{voice_id}/stream`
     */
    streamTextToSpeech(args: Args<operations["streamTextToSpeech"]>, options?: CallOptions): Promise<Result<Data<operations["streamTextToSpeech"]>>>;
    /**
     * List the voices available to the account, with their settings and preview links.
     *
     * `GET /v1/voices`
     */
    listVoices(args?: Args<operations["listVoices"]>, options?: CallOptions): Promise<Result<Data<operations["listVoices"]>>>;
    /**
     * Read one voice's metadata and settings.
     *
     * `GET /v1/voices/{voice_id}`
     */
    getVoice(args: Args<operations["getVoice"]>, options?: CallOptions): Promise<Result<Data<operations["getVoice"]>>>;
    /**
     * Create an instant voice clone from audio samples.
     *
     * `POST /v1/voices/add`
     */
    addVoice(args: Args<operations["addVoice"]>, options?: CallOptions): Promise<Result<Data<operations["addVoice"]>>>;
    /**
     * Delete a voice from the account.
     *
     * `DELETE /v1/voices/{voice_id}`
     */
    deleteVoice(args: Args<operations["deleteVoice"]>, options?: CallOptions): Promise<Result<Data<operations["deleteVoice"]>>>;
    /**
     * List the speech models and what each can do.
     *
     * `GET /v1/models`
     */
    listModels(args?: Args<operations["listModels"]>, options?: CallOptions): Promise<Result<Data<operations["listModels"]>>>;
    /**
     * Read the account's profile together with its subscription.
     *
     * `GET /v1/user`
     */
    getUser(args?: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Read the plan, character usage and limits of the account.
     *
     * `GET /v1/user/subscription`
     */
    getSubscription(args?: Args<operations["getSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscription"]>>>;
    /**
     * List past generations a page at a time, newest first.
     *
     * `GET /v1/history`
     */
    listHistory: {
        (args?: Args<operations["listHistory"]>, options?: CallOptions): Promise<Result<Data<operations["listHistory"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listHistory"]>, options?: CallOptions): AsyncGenerator<Data<operations["listHistory"]>, void, undefined>;
    };
    /**
     * Download the audio of a past generation.
     *
     * `GET /v1/history/{history_item_id}/audio`
     */
    getHistoryItemAudio(args: Args<operations["getHistoryItemAudio"]>, options?: CallOptions): Promise<Result<Data<operations["getHistoryItemAudio"]>>>;
    /**
     * Generate a sound effect from a text description.
     *
     * `POST /v1/sound-generation`
     */
    generateSoundEffect(args: Args<operations["generateSoundEffect"]>, options?: CallOptions): Promise<Result<Data<operations["generateSoundEffect"]>>>;
    /**
     * Remove background noise from a recording and keep the voice.
     *
     * `POST /v1/audio-isolation`
     */
    isolateAudio(args: Args<operations["isolateAudio"]>, options?: CallOptions): Promise<Result<Data<operations["isolateAudio"]>>>;
    /**
     * Transcribe an audio or video file, with word timings and optional speaker labels.
     *
     * `POST /v1/speech-to-text`
     */
    speechToText(args: Args<operations["speechToText"]>, options?: CallOptions): Promise<Result<Data<operations["speechToText"]>>>;
    /**
     * Re-voice a recording in another voice while keeping its delivery.
     *
     * `POST /v1/speech-to-speech/{voice_id}`
     */
    speechToSpeech(args: Args<operations["speechToSpeech"]>, options?: CallOptions): Promise<Result<Data<operations["speechToSpeech"]>>>;
}

const routes = {
    textToSpeech: {"method":"POST","path":"/v1/text-to-speech/{voice_id}","body":"application/json","binary":true},
    streamTextToSpeech: {"method":"POST","path":"/v1/text-to-speech/{voice_id}/stream","body":"application/json","binary":true},
    listVoices: {"method":"GET","path":"/v1/voices"},
    getVoice: {"method":"GET","path":"/v1/voices/{voice_id}"},
    addVoice: {"method":"POST","path":"/v1/voices/add","body":"multipart/form-data"},
    deleteVoice: {"method":"DELETE","path":"/v1/voices/{voice_id}"},
    listModels: {"method":"GET","path":"/v1/models"},
    getUser: {"method":"GET","path":"/v1/user"},
    getSubscription: {"method":"GET","path":"/v1/user/subscription"},
    listHistory: {"method":"GET","path":"/v1/history","paging":{"style":"cursor","cursorParam":"start_after_history_item_id","nextCursor":"last_history_item_id","hasMore":"has_more"}},
    getHistoryItemAudio: {"method":"GET","path":"/v1/history/{history_item_id}/audio","binary":true},
    generateSoundEffect: {"method":"POST","path":"/v1/sound-generation","body":"application/json","binary":true},
    isolateAudio: {"method":"POST","path":"/v1/audio-isolation","body":"multipart/form-data","binary":true},
    speechToText: {"method":"POST","path":"/v1/speech-to-text","body":"multipart/form-data"},
    speechToSpeech: {"method":"POST","path":"/v1/speech-to-speech/{voice_id}","body":"multipart/form-data","binary":true},
} satisfies Record<string, Route>;

/**
 * The ElevenLabs client: `const api = elevenlabs(new Switchboard({ baseUrl, apiKey }))`.
 */
export function elevenlabs(client: Switchboard): ElevenlabsClient {
    const app = "elevenlabs";
    return {
        textToSpeech: (args, options) => client.call(app, routes.textToSpeech, args, options),
        streamTextToSpeech: (args, options) => client.call(app, routes.streamTextToSpeech, args, options),
        listVoices: (args, options) => client.call(app, routes.listVoices, args, options),
        getVoice: (args, options) => client.call(app, routes.getVoice, args, options),
        addVoice: (args, options) => client.call(app, routes.addVoice, args, options),
        deleteVoice: (args, options) => client.call(app, routes.deleteVoice, args, options),
        listModels: (args, options) => client.call(app, routes.listModels, args, options),
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        getSubscription: (args, options) => client.call(app, routes.getSubscription, args, options),
        listHistory: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listHistory, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listHistory, args, options) }) as ElevenlabsClient["listHistory"],
        getHistoryItemAudio: (args, options) => client.call(app, routes.getHistoryItemAudio, args, options),
        generateSoundEffect: (args, options) => client.call(app, routes.generateSoundEffect, args, options),
        isolateAudio: (args, options) => client.call(app, routes.isolateAudio, args, options),
        speechToText: (args, options) => client.call(app, routes.speechToText, args, options),
        speechToSpeech: (args, options) => client.call(app, routes.speechToSpeech, args, options),
    };
}