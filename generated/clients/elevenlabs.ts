// Generated from providers/elevenlabs.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/elevenlabs.js';

/**
 * ElevenLabs through the Switchboard gateway: ElevenLabs voice AI covering text to speech, voice conversion and cloning, sound effects, noise removal, transcription, voices, models and history.
 */
export interface ElevenlabsClient {
    /** Turn text into spoken audio in the chosen voice. `POST /v1/text-to-speech/{voice_id}` */
    textToSpeech: Call<operations["textToSpeech"]>;
    /** Turn text into speech and stream the audio back as it is generated. `POST /v1/text-to-speech/{voice_id}/stream` */
    streamTextToSpeech: Call<operations["streamTextToSpeech"]>;
    /** List the voices available to the account, with their settings and preview links. `GET /v1/voices` */
    listVoices: Call<operations["listVoices"]>;
    /** Read one voice's metadata and settings. `GET /v1/voices/{voice_id}` */
    getVoice: Call<operations["getVoice"]>;
    /** Create an instant voice clone from audio samples. `POST /v1/voices/add` */
    addVoice: Call<operations["addVoice"]>;
    /** Delete a voice from the account. `DELETE /v1/voices/{voice_id}` */
    deleteVoice: Call<operations["deleteVoice"]>;
    /** List the speech models and what each can do. `GET /v1/models` */
    listModels: Call<operations["listModels"]>;
    /** Read the account's profile together with its subscription. `GET /v1/user` */
    getUser: Call<operations["getUser"]>;
    /** Read the plan, character usage and limits of the account. `GET /v1/user/subscription` */
    getSubscription: Call<operations["getSubscription"]>;
    /** List past generations a page at a time, newest first. `GET /v1/history` */
    listHistory: Paged<operations["listHistory"]>;
    /** Download the audio of a past generation. `GET /v1/history/{history_item_id}/audio` */
    getHistoryItemAudio: Call<operations["getHistoryItemAudio"]>;
    /** Generate a sound effect from a text description. `POST /v1/sound-generation` */
    generateSoundEffect: Call<operations["generateSoundEffect"]>;
    /** Remove background noise from a recording and keep the voice. `POST /v1/audio-isolation` */
    isolateAudio: Call<operations["isolateAudio"]>;
    /** Transcribe an audio or video file, with word timings and optional speaker labels. `POST /v1/speech-to-text` */
    speechToText: Call<operations["speechToText"]>;
    /** Re-voice a recording in another voice while keeping its delivery. `POST /v1/speech-to-speech/{voice_id}` */
    speechToSpeech: Call<operations["speechToSpeech"]>;
}

const routes: Routes<ElevenlabsClient> = {
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
};

/**
 * The ElevenLabs client: `const api = elevenlabs(new Switchboard({ baseUrl, apiKey }))`.
 */
export const elevenlabs = (sb: Switchboard): ElevenlabsClient => bindClient<ElevenlabsClient>(sb, "elevenlabs", routes);
