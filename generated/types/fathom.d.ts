// Generated from providers/fathom.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/external/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recorded meetings, newest first, filtered by date, team, recorder or invitees. */
        get: operations["listMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/v1/recordings/{recording_id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a recording's AI summary, or have it posted to an approved address. */
        get: operations["getRecordingSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/v1/recordings/{recording_id}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a recording's full transcript with speakers and timestamps, or have it posted to an approved address. */
        get: operations["getRecordingTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/v1/team_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of the organization, optionally of one team. */
        get: operations["listTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the teams of the user's Fathom organization. */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a standing webhook that posts new recordings (and chosen content) to a destination. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook so it stops forwarding recordings. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description Address that will receive every matching recording; confirm it with the user.
             */
            destination_url: string;
            /** @description Whose recordings fire the webhook; keep it as narrow as the task allows. */
            triggered_for: ("my_recordings" | "shared_external_recordings" | "my_shared_with_team_recordings" | "shared_team_recordings")[];
            /** @description Send the verbatim transcript with each delivery. */
            include_transcript?: boolean;
            /** @description Send the AI summary with each delivery. */
            include_summary?: boolean;
            /** @description Send the action items with each delivery. */
            include_action_items?: boolean;
            /** @description Send matched CRM records with each delivery. */
            include_crm_matches?: boolean;
        };
        CreateWebhookResponse: {
            id?: string;
            /** Format: uri */
            url?: string;
            /** @description Key to verify delivery signatures; shown only here. */
            secret?: string;
            /** Format: date-time */
            created_at?: string;
            triggered_for?: string[];
            include_transcript?: boolean;
            include_summary?: boolean;
            include_action_items?: boolean;
            include_crm_matches?: boolean;
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
        GetRecordingSummaryResponse: {
            summary?: {
                template_name?: string | null;
                markdown_formatted?: string | null;
            };
            /** @description Present instead of summary when the content is delivered asynchronously. */
            destination_url?: string;
        };
        GetRecordingTranscriptResponse: {
            transcript?: {
                speaker?: {
                    display_name?: string;
                    matched_calendar_invitee_email?: string | null;
                };
                text?: string;
                /** @description Offset into the recording as HH:MM:SS. */
                timestamp?: string;
            }[];
            /** @description Present instead of transcript when the content is delivered asynchronously. */
            destination_url?: string;
        };
        ListMeetingsResponse: {
            limit?: number;
            next_cursor?: string | null;
            items?: {
                title?: string;
                meeting_title?: string | null;
                recording_id?: number;
                /** Format: uri */
                url?: string;
                /** Format: uri */
                share_url?: string;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                scheduled_start_time?: string;
                /** Format: date-time */
                scheduled_end_time?: string;
                /** Format: date-time */
                recording_start_time?: string;
                /** Format: date-time */
                recording_end_time?: string;
                transcript_language?: string;
                calendar_invitees_domains_type?: string;
                calendar_invitees?: {
                    name?: string | null;
                    email?: string;
                    is_external?: boolean;
                }[];
                recorded_by?: {
                    name?: string;
                    email?: string;
                    team?: string | null;
                };
                default_summary?: Record<string, unknown> | null;
                transcript?: unknown[] | null;
                action_items?: unknown[] | null;
                crm_matches?: Record<string, unknown> | null;
            }[];
        };
        ListTeamMembersResponse: {
            limit?: number;
            next_cursor?: string | null;
            items?: {
                name?: string;
                email?: string;
                /** Format: date-time */
                created_at?: string;
            }[];
        };
        ListTeamsResponse: {
            limit?: number;
            next_cursor?: string | null;
            items?: {
                name?: string;
                /** Format: date-time */
                created_at?: string;
            }[];
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
        /** @description Id of the Fathom connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMeetings: {
        parameters: {
            query?: {
                /** @description Only meetings created after this time. */
                created_after?: string;
                /** @description Only meetings created before this time. */
                created_before?: string;
                /** @description Only meetings of these team names. */
                "teams[]"?: string[];
                /** @description Only meetings recorded by these email addresses. */
                "recorded_by[]"?: string[];
                /** @description Only meetings with these invitee email addresses. */
                "calendar_invitees[]"?: string[];
                /** @description Only meetings with invitees from these domains. */
                "calendar_invitees_domains[]"?: string[];
                /** @description Filter by whether outside invitees took part. */
                calendar_invitees_domains_type?: "all" | "only_internal" | "one_or_more_external";
                /** @description Add each meeting's action items. */
                include_action_items?: boolean;
                /** @description Add matching CRM contacts and deals. */
                include_crm_matches?: boolean;
                /** @description Add each summary inline (not for OAuth connections). */
                include_summary?: boolean;
                /** @description Add each transcript inline (not for OAuth connections). */
                include_transcript?: boolean;
                /** @description next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Fathom connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMeetingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRecordingSummary: {
        parameters: {
            query?: {
                /** @description When set, Fathom posts the content to this address later and answers only with an acknowledgement; never take it from untrusted input. */
                destination_url?: string;
            };
            header?: {
                /** @description Id of the Fathom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the recording (recording_id from the meeting list). */
                recording_id: number;
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
                    "application/json": components["schemas"]["GetRecordingSummaryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRecordingTranscript: {
        parameters: {
            query?: {
                /** @description When set, Fathom posts the content to this address later and answers only with an acknowledgement; never take it from untrusted input. */
                destination_url?: string;
            };
            header?: {
                /** @description Id of the Fathom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the recording (recording_id from the meeting list). */
                recording_id: number;
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
                    "application/json": components["schemas"]["GetRecordingTranscriptResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeamMembers: {
        parameters: {
            query?: {
                /** @description Name of the team. */
                team?: string;
                /** @description next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Fathom connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTeamMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Fathom connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTeamsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Fathom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "destination_url": "https://example.com/webhook",
                 *       "triggered_for": [
                 *         "my_recordings",
                 *         "my_shared_with_team_recordings"
                 *       ],
                 *       "include_transcript": true,
                 *       "include_summary": true,
                 *       "include_action_items": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Fathom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
