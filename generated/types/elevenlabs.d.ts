// Generated from providers/elevenlabs.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/audio-isolation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove background noise from a recording and keep the voice. */
        post: operations["isolateAudio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List past generations a page at a time, newest first. */
        get: operations["listHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/history/{history_item_id}/audio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the audio of a past generation. */
        get: operations["getHistoryItemAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the speech models and what each can do. */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sound-generation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate a sound effect from a text description. */
        post: operations["generateSoundEffect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speech-to-speech/{voice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-voice a recording in another voice while keeping its delivery. */
        post: operations["speechToSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/speech-to-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transcribe an audio or video file, with word timings and optional speaker labels. */
        post: operations["speechToText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/text-to-speech/{voice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn text into spoken audio in the chosen voice. */
        post: operations["textToSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/text-to-speech/{voice_id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn text into speech and stream the audio back as it is generated. */
        post: operations["streamTextToSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account's profile together with its subscription. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/user/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the plan, character usage and limits of the account. */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the voices available to the account, with their settings and preview links. */
        get: operations["listVoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voices/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an instant voice clone from audio samples. */
        post: operations["addVoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voices/{voice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one voice's metadata and settings. */
        get: operations["getVoice"];
        put?: never;
        post?: never;
        /** Delete a voice from the account. */
        delete: operations["deleteVoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddVoiceRequest: {
            /** @description Name shown for the voice. */
            name: string;
            /** @description Audio samples of the voice. */
            files: string[];
            /**
             * @description Clean the samples before cloning.
             * @default false
             */
            remove_background_noise?: boolean;
            /** @description What the voice sounds like. */
            description?: string;
            /** @description JSON object of labels, e.g. {"accent": "British"}. */
            labels?: string;
        };
        AddVoiceResponse: {
            voice_id?: string;
            requires_verification?: boolean;
        };
        DeleteVoiceResponse: {
            /** @enum {string} */
            status?: "ok";
        };
        /** @description The envelope of every error the gateway answers itself (upstream errors pass through unchanged). */
        GatewayError: {
            error: {
                /**
                 * @description Stable error code; match on it.
                 * @enum {string}
                 */
                code: "GW_ERR_BAD_PATH" | "GW_ERR_BAD_REQUEST" | "GW_ERR_BAD_TARGET" | "GW_ERR_BAD_VARIABLE" | "GW_ERR_CONNECTION_NOT_ACTIVE" | "GW_ERR_CONNECTION_NOT_FOUND" | "GW_ERR_NO_CONNECTION" | "GW_ERR_CREDENTIAL_EXPIRED" | "GW_ERR_UNAUTHORIZED" | "GW_ERR_CONNECTION_LIMIT" | "GW_ERR_FORBIDDEN" | "GW_ERR_KEY_LIMIT" | "GW_ERR_POLICY_DENIED" | "GW_ERR_NOT_FOUND" | "GW_ERR_UNKNOWN_APP" | "GW_ERR_METHOD_NOT_ALLOWED" | "GW_ERR_REQUEST_TIMEOUT" | "GW_ERR_PAYLOAD_TOO_LARGE" | "GW_ERR_URI_TOO_LONG" | "GW_ERR_UNSUPPORTED_MEDIA_TYPE" | "GW_ERR_RATE_LIMITED" | "GW_ERR_TOO_MANY_INFLIGHT" | "GW_ERR_HEADERS_TOO_LARGE" | "GW_ERR_INTERNAL" | "GW_ERR_NOT_IMPLEMENTED" | "GW_ERR_UPSTREAM_PROTOCOL" | "GW_ERR_UPSTREAM_UNREACHABLE" | "GW_ERR_OAUTH_NOT_CONFIGURED" | "GW_ERR_REFRESH_UNAVAILABLE" | "GW_ERR_UPSTREAM_TIMEOUT";
                status: number;
                message: string;
                /** @description How to solve it. */
                hint: string;
                /** @description The request field at fault, when there is one. */
                field?: string;
            };
        };
        GenerateSoundEffectRequest: {
            /** @description Description of the sound. */
            text: string;
            /** @description Length of the sound; omitted lets the model choose. */
            duration_seconds?: number;
            /**
             * @description How literally the description is followed.
             * @default 0.3
             */
            prompt_influence?: number;
            /**
             * @description Make the sound loop seamlessly (supported models only).
             * @default false
             */
            loop?: boolean;
            /** @description Sound model to use. */
            model_id?: string;
        };
        GenerateSoundEffectResponse: string;
        GetHistoryItemAudioResponse: string;
        GetSubscriptionResponse: {
            tier?: string;
            status?: string;
            character_count?: number;
            character_limit?: number;
            next_character_count_reset_unix?: number;
            voice_limit?: number;
            professional_voice_limit?: number;
            can_use_instant_voice_cloning?: boolean;
            can_use_professional_voice_cloning?: boolean;
            currency?: string;
            billing_period?: string;
        };
        GetUserResponse: {
            user_id?: string;
            first_name?: string;
            is_new_user?: boolean;
            subscription?: Record<string, unknown>;
            can_use_delayed_payment_methods?: boolean;
        };
        GetVoiceResponse: components["schemas"]["ListVoicesResponseVoicesItem"];
        IsolateAudioRequest: {
            /**
             * Format: binary
             * @description The recording to clean.
             */
            audio: string;
            /**
             * @description pcm_s16le_16 for raw 16 kHz 16-bit mono PCM input.
             * @default other
             * @enum {string}
             */
            file_format?: "pcm_s16le_16" | "other";
        };
        IsolateAudioResponse: string;
        ListHistoryResponse: {
            history?: {
                history_item_id?: string;
                request_id?: string;
                voice_id?: string;
                voice_name?: string;
                model_id?: string;
                text?: string;
                date_unix?: number;
                character_count_change_from?: number;
                character_count_change_to?: number;
                content_type?: string;
                state?: string;
                source?: string;
            }[];
            last_history_item_id?: string;
            has_more?: boolean;
        };
        ListModelsResponse: {
            model_id?: string;
            name?: string;
            description?: string;
            can_do_text_to_speech?: boolean;
            can_do_voice_conversion?: boolean;
            can_use_style?: boolean;
            can_use_speaker_boost?: boolean;
            token_cost_factor?: number;
            max_characters_request_free_user?: number;
            max_characters_request_subscribed_user?: number;
            languages?: {
                language_id?: string;
                name?: string;
            }[];
        }[];
        ListVoicesResponse: {
            voices?: components["schemas"]["ListVoicesResponseVoicesItem"][];
        };
        ListVoicesResponseVoicesItem: {
            voice_id?: string;
            name?: string;
            category?: string;
            description?: string;
            labels?: {
                [key: string]: string;
            };
            preview_url?: string;
            settings?: Record<string, unknown>;
            fine_tuning?: Record<string, unknown>;
            available_for_tiers?: string[];
        };
        SpeechToSpeechRequest: {
            /**
             * Format: binary
             * @description The recording to convert.
             */
            audio: string;
            /**
             * @description Voice conversion model.
             * @default eleven_english_sts_v2
             */
            model_id?: string;
            /** @description JSON string overriding the voice's stored settings. */
            voice_settings?: string;
            seed?: number;
            /**
             * @description Clean the input first.
             * @default false
             */
            remove_background_noise?: boolean;
            /**
             * @default other
             * @enum {string}
             */
            file_format?: "pcm_s16le_16" | "other";
        };
        SpeechToSpeechResponse: string;
        SpeechToTextRequest: {
            /** @description Transcription model, e.g. scribe_v1. */
            model_id: string;
            /**
             * Format: binary
             * @description The audio or video to transcribe (or use cloud_storage_url).
             */
            file?: string;
            /** @description HTTPS URL of the file instead of uploading it. */
            cloud_storage_url?: string;
            /** @description ISO language of the audio; detected when omitted. */
            language_code?: string;
            /**
             * @description Mark sounds such as laughter.
             * @default true
             */
            tag_audio_events?: boolean;
            /** @description Most speakers to expect. */
            num_speakers?: number;
            /**
             * @description Label which speaker said each word.
             * @default false
             */
            diarize?: boolean;
            /**
             * @description Detail of the timing information.
             * @default word
             * @enum {string}
             */
            timestamps_granularity?: "none" | "word" | "character";
            /**
             * @default other
             * @enum {string}
             */
            file_format?: "pcm_s16le_16" | "other";
            /**
             * @description Deliver the result to the account's speech-to-text webhook instead.
             * @default false
             */
            webhook?: boolean;
        };
        SpeechToTextResponse: {
            language_code?: string;
            language_probability?: number;
            text?: string;
            words?: {
                text?: string;
                start?: number;
                end?: number;
                /** @enum {string} */
                type?: "word" | "spacing" | "audio_event";
                speaker_id?: string;
                logprob?: number;
            }[];
        };
        StreamTextToSpeechRequest: components["schemas"]["TextToSpeechRequest"];
        StreamTextToSpeechResponse: string;
        TextToSpeechRequest: {
            /** @description The text to speak. */
            text: string;
            /**
             * @description Model to use, e.g. eleven_multilingual_v2, eleven_turbo_v2_5 or eleven_flash_v2_5.
             * @default eleven_multilingual_v2
             */
            model_id?: string;
            /** @description ISO 639-1 language to enforce (models that support it). */
            language_code?: string;
            /** @description Per-request overrides of the voice's stored settings. */
            voice_settings?: {
                stability?: number;
                similarity_boost?: number;
                style?: number;
                use_speaker_boost?: boolean;
                speed?: number;
            };
            pronunciation_dictionary_locators?: {
                pronunciation_dictionary_id?: string;
                version_id?: string;
            }[];
            /** @description Makes repeated generations more alike. */
            seed?: number;
            /** @description Text spoken before this one, for smoother joins. */
            previous_text?: string;
            /** @description Text spoken after this one, for smoother joins. */
            next_text?: string;
            previous_request_ids?: string[];
            next_request_ids?: string[];
            /**
             * @description Whether numbers and abbreviations are spelled out.
             * @default auto
             * @enum {string}
             */
            apply_text_normalization?: "auto" | "on" | "off";
        };
        TextToSpeechResponse: string;
    };
    responses: {
        /** @description The gateway refused the request (no connection for the app, bad path), or the upstream answered 400 with its own body. */
        GatewayBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Missing or invalid Switchboard API key, or an expired connection credential. */
        GatewayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Over the account's request limit, or the upstream's own 429. */
        GatewayRateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream could not be reached. */
        GatewayUnreachable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream did not answer in time. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    isolateAudio: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["IsolateAudioRequest"];
            };
        };
        responses: {
            /** @description The cleaned audio. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": components["schemas"]["IsolateAudioResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listHistory: {
        parameters: {
            query?: {
                /** @description Items per page. */
                page_size?: number;
                /** @description last_history_item_id of the previous page. */
                start_after_history_item_id?: string;
                /** @description Only items spoken in this voice. */
                voice_id?: string;
                /** @description Only items whose text contains this. */
                search?: string;
                /** @description Only text-to-speech or speech-to-speech items. */
                source?: "TTS" | "STS";
            };
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListHistoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getHistoryItemAudio: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the history item. */
                history_item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored audio. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": components["schemas"]["GetHistoryItemAudioResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListModelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    generateSoundEffect: {
        parameters: {
            query?: {
                /** @description Codec, sample rate and bitrate of the audio, e.g. mp3_44100_128, mp3_22050_32, pcm_16000, pcm_44100, ulaw_8000 or opus_48000_64. */
                output_format?: string;
            };
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Heavy rain on a tin roof",
                 *       "duration_seconds": 5,
                 *       "prompt_influence": 0.3
                 *     }
                 */
                "application/json": components["schemas"]["GenerateSoundEffectRequest"];
            };
        };
        responses: {
            /** @description The generated sound. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": components["schemas"]["GenerateSoundEffectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    speechToSpeech: {
        parameters: {
            query?: {
                /** @description Codec, sample rate and bitrate of the audio, e.g. mp3_44100_128, mp3_22050_32, pcm_16000, pcm_44100, ulaw_8000 or opus_48000_64. */
                output_format?: string;
                /** @description false turns on zero retention (enterprise only). */
                enable_logging?: boolean;
            };
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the voice (from GET /v1/voices). */
                voice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SpeechToSpeechRequest"];
            };
        };
        responses: {
            /** @description The converted audio. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": components["schemas"]["SpeechToSpeechResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    speechToText: {
        parameters: {
            query?: {
                /** @description false turns on zero retention (enterprise only). */
                enable_logging?: boolean;
            };
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SpeechToTextRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeechToTextResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    textToSpeech: {
        parameters: {
            query?: {
                /** @description Codec, sample rate and bitrate of the audio, e.g. mp3_44100_128, mp3_22050_32, pcm_16000, pcm_44100, ulaw_8000 or opus_48000_64. */
                output_format?: string;
                /** @description false turns on zero retention (enterprise only). */
                enable_logging?: boolean;
                /** @description Older latency tuning knob; higher values trade quality for speed. */
                optimize_streaming_latency?: number;
            };
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the voice (from GET /v1/voices). */
                voice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Hello from the gateway.",
                 *       "model_id": "eleven_multilingual_v2",
                 *       "voice_settings": {
                 *         "stability": 0.5,
                 *         "similarity_boost": 0.75
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TextToSpeechRequest"];
            };
        };
        responses: {
            /** @description The generated audio. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": components["schemas"]["TextToSpeechResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    streamTextToSpeech: {
        parameters: {
            query?: {
                /** @description Codec, sample rate and bitrate of the audio, e.g. mp3_44100_128, mp3_22050_32, pcm_16000, pcm_44100, ulaw_8000 or opus_48000_64. */
                output_format?: string;
                /** @description false turns on zero retention (enterprise only). */
                enable_logging?: boolean;
                /** @description Older latency tuning knob; higher values trade quality for speed. */
                optimize_streaming_latency?: number;
            };
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the voice (from GET /v1/voices). */
                voice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Hello from the gateway.",
                 *       "model_id": "eleven_turbo_v2_5"
                 *     }
                 */
                "application/json": components["schemas"]["StreamTextToSpeechRequest"];
            };
        };
        responses: {
            /** @description Audio sent in chunks while it is generated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": components["schemas"]["StreamTextToSpeechResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVoices: {
        parameters: {
            query?: {
                /** @description Include legacy premade voices. */
                show_legacy?: boolean;
            };
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListVoicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addVoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AddVoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddVoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVoice: {
        parameters: {
            query?: {
                /** @description Include the voice's stored settings (older flag). */
                with_settings?: boolean;
            };
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the voice (from GET /v1/voices). */
                voice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetVoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteVoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ElevenLabs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the voice (from GET /v1/voices). */
                voice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteVoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
