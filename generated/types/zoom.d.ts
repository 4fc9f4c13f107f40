// Generated from providers/zoom.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a meeting's details, join links and settings. */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        /** Delete a meeting or one occurrence of a recurring meeting. */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /** Change a meeting's topic, time, duration, recurrence or settings. */
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/v2/meetings/{meetingId}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the cloud recording files of a meeting with their download links. */
        get: operations["getMeetingRecordings"];
        put?: never;
        post?: never;
        /** Move all of a meeting's cloud recordings to the trash, or delete them for good. */
        delete: operations["deleteMeetingRecordings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/meetings/{meetingId}/registrants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the people registered for a meeting that requires registration. */
        get: operations["listMeetingRegistrants"];
        put?: never;
        /** Register a person for a meeting and get their personal join link. */
        post: operations["addMeetingRegistrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/past_meetings/{meetingUUID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a finished meeting instance's times, duration and participant count. */
        get: operations["getPastMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/past_meetings/{meetingUUID}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who joined a finished meeting instance. */
        get: operations["listPastMeetingParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user's profile (me for the connected user). */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{userId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's meetings of a given kind (scheduled, live, upcoming or previous). */
        get: operations["listMeetings"];
        put?: never;
        /** Schedule a meeting (or an instant or recurring one) for a user. */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{userId}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's cloud recordings in a date range of up to a month. */
        get: operations["listUserRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{userId}/upcoming_meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's meetings that have not happened yet, across all calendars Zoom knows. */
        get: operations["listUpcomingMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{userId}/webinars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's scheduled webinars. */
        get: operations["listWebinars"];
        put?: never;
        /** Schedule a webinar for a user. */
        post: operations["createWebinar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webinars/{webinarId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a webinar's details and settings. */
        get: operations["getWebinar"];
        put?: never;
        post?: never;
        /** Delete a webinar or one occurrence of a recurring webinar. */
        delete: operations["deleteWebinar"];
        options?: never;
        head?: never;
        /** Change a webinar's topic, time, duration or settings. */
        patch: operations["updateWebinar"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddMeetingRegistrantRequest: {
            /** Format: email */
            email: string;
            first_name: string;
            last_name?: string;
            phone?: string;
            org?: string;
            job_title?: string;
            custom_questions?: {
                title?: string;
                value?: string;
            }[];
            auto_approve?: boolean;
        };
        AddMeetingRegistrantResponse: {
            id?: number;
            registrant_id?: string;
            /** Format: uri */
            join_url?: string;
            topic?: string;
            start_time?: string;
            occurrences?: Record<string, unknown>[];
        };
        CreateMeetingRequest: {
            topic?: string;
            /**
             * @description 1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time.
             * @enum {integer}
             */
            type?: 1 | 2 | 3 | 8;
            /**
             * Format: date-time
             * @description Start for scheduled meetings; UTC when it ends in Z.
             */
            start_time?: string;
            /** @description Minutes. */
            duration?: number;
            /** @description IANA time zone of start_time. */
            timezone?: string;
            agenda?: string;
            /** @description Passcode to join. */
            password?: string;
            /** @description Email or id of the user the meeting is scheduled for. */
            schedule_for?: string;
            recurrence?: {
                /**
                 * @description 1 daily, 2 weekly, 3 monthly.
                 * @enum {integer}
                 */
                type?: 1 | 2 | 3;
                repeat_interval?: number;
                weekly_days?: string;
                end_times?: number;
                /** Format: date-time */
                end_date_time?: string;
            };
            settings?: components["schemas"]["CreateMeetingRequestSettings"];
        };
        CreateMeetingRequestSettings: {
            host_video?: boolean;
            participant_video?: boolean;
            join_before_host?: boolean;
            mute_upon_entry?: boolean;
            waiting_room?: boolean;
            /**
             * @description Registration approval (0 automatic, 1 manual, 2 none).
             * @enum {integer}
             */
            approval_type?: 0 | 1 | 2;
            /** @enum {string} */
            auto_recording?: "local" | "cloud" | "none";
            alternative_hosts?: string;
        };
        CreateMeetingResponse: {
            id?: number;
            uuid?: string;
            host_id?: string;
            host_email?: string;
            topic?: string;
            type?: number;
            /** @enum {string} */
            status?: "waiting" | "started";
            /** Format: date-time */
            start_time?: string;
            duration?: number;
            timezone?: string;
            agenda?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: uri */
            join_url?: string;
            /** Format: uri */
            start_url?: string;
            password?: string;
            occurrences?: {
                occurrence_id?: string;
                start_time?: string;
                duration?: number;
                status?: string;
            }[];
            settings?: components["schemas"]["CreateMeetingRequestSettings"];
        };
        CreateWebinarRequest: {
            topic?: string;
            /**
             * @description 5 scheduled, 6 recurring without fixed time, 9 recurring with fixed time.
             * @enum {integer}
             */
            type?: 5 | 6 | 9;
            /** Format: date-time */
            start_time?: string;
            /** @description Minutes. */
            duration?: number;
            timezone?: string;
            agenda?: string;
            password?: string;
            recurrence?: Record<string, unknown>;
            settings?: {
                host_video?: boolean;
                panelists_video?: boolean;
                /** @enum {integer} */
                approval_type?: 0 | 1 | 2;
                /** @enum {string} */
                auto_recording?: "local" | "cloud" | "none";
                practice_session?: boolean;
            };
        };
        CreateWebinarResponse: {
            id?: number;
            uuid?: string;
            host_id?: string;
            topic?: string;
            type?: number;
            /** Format: date-time */
            start_time?: string;
            duration?: number;
            timezone?: string;
            agenda?: string;
            /** Format: uri */
            join_url?: string;
            /** Format: uri */
            start_url?: string;
            settings?: Record<string, unknown>;
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
        GetMeetingRecordingsResponse: components["schemas"]["ListUserRecordingsResponseRecording"];
        GetMeetingResponse: components["schemas"]["CreateMeetingResponse"];
        GetPastMeetingResponse: {
            id?: number;
            uuid?: string;
            host_id?: string;
            topic?: string;
            type?: number;
            /** Format: date-time */
            start_time?: string;
            /** Format: date-time */
            end_time?: string;
            duration?: number;
            total_minutes?: number;
            participants_count?: number;
            user_email?: string;
        };
        GetUserResponse: {
            id?: string;
            first_name?: string;
            last_name?: string;
            display_name?: string;
            email?: string;
            /** @description 1 basic, 2 licensed. */
            type?: number;
            role_name?: string;
            pmi?: number;
            timezone?: string;
            account_id?: string;
            status?: string;
            personal_meeting_url?: string;
        };
        GetWebinarResponse: components["schemas"]["CreateWebinarResponse"];
        ListMeetingRegistrantsResponse: {
            page_size?: number;
            total_records?: number;
            next_page_token?: string;
            registrants?: {
                id?: string;
                email?: string;
                first_name?: string;
                last_name?: string;
                status?: string;
                create_time?: string;
                join_url?: string;
            }[];
        };
        ListMeetingsResponse: {
            page_size?: number;
            total_records?: number;
            next_page_token?: string;
            meetings?: {
                id?: number;
                uuid?: string;
                host_id?: string;
                topic?: string;
                type?: number;
                /** Format: date-time */
                start_time?: string;
                duration?: number;
                timezone?: string;
                agenda?: string;
                /** Format: date-time */
                created_at?: string;
                /** Format: uri */
                join_url?: string;
            }[];
        };
        ListPastMeetingParticipantsResponse: {
            page_size?: number;
            total_records?: number;
            next_page_token?: string;
            participants?: {
                id?: string;
                name?: string;
                user_email?: string;
                join_time?: string;
                leave_time?: string;
                duration?: number;
            }[];
        };
        ListUpcomingMeetingsResponse: {
            total_records?: number;
            meetings?: {
                id?: number;
                topic?: string;
                type?: number;
                start_time?: string;
                duration?: number;
                join_url?: string;
            }[];
        };
        ListUserRecordingsResponse: {
            from?: string;
            to?: string;
            page_size?: number;
            total_records?: number;
            next_page_token?: string;
            meetings?: components["schemas"]["ListUserRecordingsResponseRecording"][];
        };
        ListUserRecordingsResponseRecording: {
            id?: number;
            uuid?: string;
            topic?: string;
            /** Format: date-time */
            start_time?: string;
            duration?: number;
            total_size?: number;
            recording_count?: number;
            recording_files?: {
                id?: string;
                file_type?: string;
                file_extension?: string;
                file_size?: number;
                recording_type?: string;
                recording_start?: string;
                recording_end?: string;
                status?: string;
                /** Format: uri */
                download_url?: string;
                /** Format: uri */
                play_url?: string;
            }[];
        };
        ListWebinarsResponse: {
            page_size?: number;
            total_records?: number;
            webinars?: {
                id?: number;
                uuid?: string;
                topic?: string;
                type?: number;
                start_time?: string;
                duration?: number;
                join_url?: string;
            }[];
        };
        UpdateMeetingRequest: components["schemas"]["CreateMeetingRequest"];
        UpdateWebinarRequest: components["schemas"]["CreateWebinarRequest"];
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
        /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMeeting: {
        parameters: {
            query?: {
                /** @description One occurrence of a recurring meeting. */
                occurrence_id?: string;
                /** @description Also list past occurrences of a recurring meeting. */
                show_previous_occurrences?: boolean;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id. */
                meetingId: number;
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
                    "application/json": components["schemas"]["GetMeetingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteMeeting: {
        parameters: {
            query?: {
                /** @description Delete only this occurrence. */
                occurrence_id?: string;
                /** @description Email the host and alternative hosts about the cancellation. */
                schedule_for_reminder?: boolean;
                /** @description Email registrants about the cancellation. */
                cancel_meeting_reminder?: boolean;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id. */
                meetingId: number;
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
    updateMeeting: {
        parameters: {
            query?: {
                /** @description Change only this occurrence of a recurring meeting. */
                occurrence_id?: string;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id. */
                meetingId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "topic": "Updated Title",
                 *       "duration": 45
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMeetingRequest"];
            };
        };
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
    getMeetingRecordings: {
        parameters: {
            query?: {
                /** @description Also return a token that authorizes the download links. */
                include_fields?: "download_access_token";
                /** @description Lifetime in seconds of that download token. */
                ttl?: number;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id. */
                meetingId: number;
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
                    "application/json": components["schemas"]["GetMeetingRecordingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteMeetingRecordings: {
        parameters: {
            query?: {
                /** @description trash keeps them recoverable for 30 days. */
                action?: "trash" | "delete";
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id. */
                meetingId: number;
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
    listMeetingRegistrants: {
        parameters: {
            query?: {
                /** @description Registrants in this state. */
                status?: "pending" | "approved" | "denied";
                /** @description Registrants of one occurrence. */
                occurrence_id?: string;
                /** @description Registrants per page. */
                page_size?: number;
                /** @description Token from the previous page. */
                next_page_token?: string;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id. */
                meetingId: number;
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
                    "application/json": components["schemas"]["ListMeetingRegistrantsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addMeetingRegistrant: {
        parameters: {
            query?: {
                /** @description Comma-separated occurrences to register for. */
                occurrence_ids?: string;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id. */
                meetingId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "attendee@example.com",
                 *       "first_name": "Jane",
                 *       "last_name": "Smith"
                 *     }
                 */
                "application/json": components["schemas"]["AddMeetingRegistrantRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddMeetingRegistrantResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPastMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of one meeting instance (double URL-encoded when it starts with / or contains //). */
                meetingUUID: string;
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
                    "application/json": components["schemas"]["GetPastMeetingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPastMeetingParticipants: {
        parameters: {
            query?: {
                /** @description Participants per page. */
                page_size?: number;
                /** @description Token from the previous page. */
                next_page_token?: string;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of one meeting instance (double URL-encoded when it starts with / or contains //). */
                meetingUUID: string;
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
                    "application/json": components["schemas"]["ListPastMeetingParticipantsResponse"];
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
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the connected user. */
                userId: string;
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
    listMeetings: {
        parameters: {
            query?: {
                /** @description Which meetings to list. */
                type?: "scheduled" | "live" | "upcoming" | "upcoming_meetings" | "previous_meetings";
                /** @description Meetings per page. */
                page_size?: number;
                /** @description Token from the previous page. */
                next_page_token?: string;
                /** @description Start of a date range to list. */
                from?: string;
                /** @description End of the date range. */
                to?: string;
                /** @description Time zone for from and to. */
                timezone?: string;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the connected user. */
                userId: string;
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
                    /**
                     * @example {
                     *       "page_size": 50,
                     *       "total_records": 150,
                     *       "next_page_token": "abc123",
                     *       "meetings": []
                     *     }
                     */
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
    createMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the connected user. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "topic": "Team Meeting",
                 *       "type": 2,
                 *       "start_time": "2026-04-15T14:00:00Z",
                 *       "duration": 60,
                 *       "timezone": "America/Los_Angeles",
                 *       "settings": {
                 *         "host_video": true,
                 *         "participant_video": true,
                 *         "waiting_room": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateMeetingRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMeetingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUserRecordings: {
        parameters: {
            query?: {
                /** @description Start date (UTC); the range may span at most one month. */
                from?: string;
                /** @description End date (UTC). */
                to?: string;
                /** @description Meetings per page. */
                page_size?: number;
                /** @description Token from the previous page. */
                next_page_token?: string;
                /** @description Set to true to list recordings of Meeting Connector meetings. */
                mc?: string;
                /** @description List recordings in the trash instead. */
                trash?: boolean;
                /** @description What to list from the trash. */
                trash_type?: "meeting_recordings" | "recording_file";
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the connected user. */
                userId: string;
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
                    "application/json": components["schemas"]["ListUserRecordingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUpcomingMeetings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the connected user. */
                userId: string;
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
                    "application/json": components["schemas"]["ListUpcomingMeetingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWebinars: {
        parameters: {
            query?: {
                /** @description Which webinars to list. */
                type?: "scheduled" | "upcoming";
                /** @description Webinars per page. */
                page_size?: number;
                /** @description Page number (older paging style). */
                page_number?: number;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the connected user. */
                userId: string;
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
                    "application/json": components["schemas"]["ListWebinarsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebinar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the connected user. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "topic": "Product Launch",
                 *       "type": 5,
                 *       "start_time": "2026-05-01T10:00:00Z",
                 *       "duration": 90
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebinarRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebinarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWebinar: {
        parameters: {
            query?: {
                /** @description One occurrence of a recurring webinar. */
                occurrence_id?: string;
                /** @description Also list past occurrences. */
                show_previous_occurrences?: boolean;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric webinar id. */
                webinarId: number;
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
                    "application/json": components["schemas"]["GetWebinarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebinar: {
        parameters: {
            query?: {
                /** @description Delete only this occurrence. */
                occurrence_id?: string;
                /** @description Email panelists and registrants about the cancellation. */
                cancel_webinar_reminder?: boolean;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric webinar id. */
                webinarId: number;
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
    updateWebinar: {
        parameters: {
            query?: {
                /** @description Change only this occurrence. */
                occurrence_id?: string;
            };
            header?: {
                /** @description Id of the Zoom connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric webinar id. */
                webinarId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "topic": "Product Launch (rescheduled)",
                 *       "start_time": "2026-05-08T10:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebinarRequest"];
            };
        };
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
