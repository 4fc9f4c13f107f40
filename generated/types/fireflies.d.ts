// Generated from providers/fireflies.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/graphql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send any GraphQL query or mutation with its variables. */
        post: operations["graphql"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateAskFredThreadResponse: {
            data?: {
                createAskFredThread?: {
                    id?: string;
                    title?: string;
                };
            };
        };
        CreateAskFredThreadVariables: {
            input: {
                /** @description The question to ask. */
                query: string;
                /** @description Limit the answer to one meeting. */
                transcript_id?: string;
                /** @description Language code for the answer. */
                response_language?: string;
            };
        };
        DeleteTranscriptVariables: {
            /** @description Id of the transcript. */
            id: string;
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
        GetTranscriptResponse: {
            data?: {
                transcript?: {
                    id?: string;
                    title?: string;
                    date?: number;
                    duration?: number;
                    summary?: {
                        overview?: string | null;
                        action_items?: string | null;
                    } | null;
                    sentences?: {
                        text?: string;
                        speaker_name?: string | null;
                    }[];
                };
            };
        };
        GetTranscriptVariables: {
            /** @description Id of the transcript. */
            id: string;
        };
        GetUserResponse: {
            data?: {
                user?: components["schemas"]["GetUserResponseDataUser"];
            };
        };
        GetUserResponseDataUser: {
            user_id?: string;
            name?: string;
            email?: string;
            is_admin?: boolean;
        };
        GraphqlRequest: {
            /** @description The GraphQL document. */
            query: string;
            /** @description Values for the document's variables. */
            variables?: {
                [key: string]: unknown;
            };
            /** @description Which operation to run when the document defines several. */
            operationName?: string;
        };
        GraphqlResponse: {
            data?: {
                [key: string]: unknown;
            };
            errors?: {
                message?: string;
                code?: string;
                path?: (string | number)[];
                extensions?: {
                    code?: string;
                    status?: number;
                };
            }[];
        };
        ListAskFredThreadsResponse: {
            data?: {
                askfred_threads?: {
                    id?: string;
                    title?: string;
                    created_at?: string;
                }[];
            };
        };
        ListBitesResponse: {
            data?: {
                bites?: {
                    id?: string;
                    name?: string;
                    transcript_id?: string;
                    summary?: string | null;
                    status?: string;
                }[];
            };
        };
        ListChannelsResponse: {
            data?: {
                channels?: {
                    id?: string;
                    title?: string;
                    created_at?: string;
                    is_private?: boolean;
                }[];
            };
        };
        ListContactsResponse: {
            data?: {
                contacts?: {
                    email?: string;
                    name?: string | null;
                    picture?: string | null;
                    last_meeting_date?: string | null;
                }[];
            };
        };
        ListTranscriptsResponse: {
            data?: {
                transcripts?: {
                    id?: string;
                    title?: string;
                    /** @description Start as milliseconds since the Unix epoch. */
                    date?: number;
                    /** @description Length in minutes. */
                    duration?: number;
                    host_email?: string;
                    privacy?: string;
                }[];
            };
        };
        ListTranscriptsVariables: {
            /** @description Transcripts to return. */
            limit?: number;
            /** @description Transcripts to skip. */
            skip?: number;
        };
        ListUsersResponse: {
            data?: {
                users?: components["schemas"]["GetUserResponseDataUser"][];
            };
        };
        UpdateMeetingTitleVariables: {
            /** @description Id of the transcript. */
            id: string;
            /** @description New title. */
            title: string;
        };
        UploadAudioResponse: {
            data?: {
                uploadAudio?: {
                    success?: boolean;
                    message?: string;
                };
            };
        };
        UploadAudioVariables: {
            input: {
                /**
                 * Format: uri
                 * @description Publicly reachable HTTPS address of the media file.
                 */
                url: string;
                title?: string;
                /**
                 * Format: uri
                 * @description Address notified when transcription finishes.
                 */
                webhook?: string;
                /** @description Language code of the recording. */
                custom_language?: string;
                save_video?: boolean;
                client_reference_id?: string;
                attendees?: {
                    displayName?: string;
                    email?: string;
                    phoneNumber?: string;
                }[];
            };
        };
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
        /** @description Id of the Fireflies connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    graphql: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Fireflies connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "{ user { user_id name email is_admin } }"
                 *     }
                 */
                "application/json": components["schemas"]["GraphqlRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphqlResponse"];
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
