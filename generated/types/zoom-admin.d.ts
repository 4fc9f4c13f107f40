// Generated from providers/zoom-admin.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/accounts/{accountId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account's meeting, recording, security and feature settings (me for the connected account). */
        get: operations["getAccountSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read any meeting's details, join links and settings. */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        /** Delete any meeting or one occurrence of it. */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /** Change any meeting's topic, time, duration or settings. */
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
        /** Read the cloud recording files of any meeting with their download links. */
        get: operations["getMeetingRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/past_meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a finished meeting's times, duration and participant count. */
        get: operations["getPastMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/past_meetings/{meetingId}/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the finished instances of a meeting with their UUIDs and start times. */
        get: operations["listPastMeetingInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's users by status, role or license. */
        get: operations["listUsers"];
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
        /** Read one user's profile (me for the admin who connected). */
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
        /** List any user's meetings of a given kind. */
        get: operations["listUserMeetings"];
        put?: never;
        /** Schedule a meeting on behalf of any user of the account. */
        post: operations["createUserMeeting"];
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
        /** List any user's cloud recordings in a date range of up to a month. */
        get: operations["listUserRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{userId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user's meeting, recording, telephony and feature settings. */
        get: operations["getUserSettings"];
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
        /** List any user's scheduled webinars. */
        get: operations["listUserWebinars"];
        put?: never;
        post?: never;
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
        /** Read any webinar's details and settings. */
        get: operations["getWebinar"];
        put?: never;
        post?: never;
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
        CreateUserMeetingRequest: {
            topic?: string;
            /**
             * @description 1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time.
             * @enum {integer}
             */
            type?: 1 | 2 | 3 | 8;
            /** Format: date-time */
            start_time?: string;
            /** @description Minutes. */
            duration?: number;
            /** @description IANA time zone of start_time. */
            timezone?: string;
            agenda?: string;
            password?: string;
            recurrence?: {
                /** @enum {integer} */
                type?: 1 | 2 | 3;
                repeat_interval?: number;
                end_times?: number;
                end_date_time?: string;
            };
            settings?: components["schemas"]["CreateUserMeetingRequestSettings"];
        };
        CreateUserMeetingRequestSettings: {
            host_video?: boolean;
            participant_video?: boolean;
            join_before_host?: boolean;
            mute_upon_entry?: boolean;
            waiting_room?: boolean;
            /** @enum {integer} */
            approval_type?: 0 | 1 | 2;
            /** @enum {string} */
            auto_recording?: "local" | "cloud" | "none";
            alternative_hosts?: string;
        };
        CreateUserMeetingResponse: {
            id?: number;
            uuid?: string;
            host_id?: string;
            host_email?: string;
            topic?: string;
            type?: number;
            status?: string;
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
            settings?: components["schemas"]["CreateUserMeetingRequestSettings"];
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
        GetAccountSettingsResponse: {
            schedule_meeting?: Record<string, unknown>;
            in_meeting?: Record<string, unknown>;
            email_notification?: Record<string, unknown>;
            recording?: Record<string, unknown>;
            telephony?: Record<string, unknown>;
            feature?: Record<string, unknown>;
            security?: Record<string, unknown>;
        };
        GetMeetingRecordingsResponse: components["schemas"]["ListUserRecordingsResponseRecording"];
        GetMeetingResponse: components["schemas"]["CreateUserMeetingResponse"];
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
        GetUserResponse: components["schemas"]["ListUsersResponseUser"];
        GetUserSettingsResponse: {
            schedule_meeting?: Record<string, unknown>;
            in_meeting?: Record<string, unknown>;
            email_notification?: Record<string, unknown>;
            recording?: Record<string, unknown>;
            telephony?: Record<string, unknown>;
            feature?: Record<string, unknown>;
            tsp?: Record<string, unknown>;
        };
        GetWebinarResponse: {
            id?: number;
            uuid?: string;
            host_id?: string;
            topic?: string;
            /** @enum {integer} */
            type?: 5 | 6 | 9;
            /** Format: date-time */
            start_time?: string;
            duration?: number;
            timezone?: string;
            agenda?: string;
            /** Format: uri */
            join_url?: string;
            settings?: Record<string, unknown>;
        };
        ListPastMeetingInstancesResponse: {
            meetings?: {
                uuid?: string;
                /** Format: date-time */
                start_time?: string;
            }[];
        };
        ListUserMeetingsResponse: {
            page_size?: number;
            total_records?: number;
            next_page_token?: string;
            meetings?: {
                id?: number;
                uuid?: string;
                host_id?: string;
                topic?: string;
                type?: number;
                start_time?: string;
                duration?: number;
                timezone?: string;
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
            host_id?: string;
            topic?: string;
            /** Format: date-time */
            start_time?: string;
            duration?: number;
            total_size?: number;
            recording_count?: number;
            recording_files?: {
                id?: string;
                file_type?: string;
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
        ListUserWebinarsResponse: {
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
        ListUsersResponse: {
            page_size?: number;
            total_records?: number;
            next_page_token?: string;
            users?: components["schemas"]["ListUsersResponseUser"][];
        };
        ListUsersResponseUser: {
            id?: string;
            first_name?: string;
            last_name?: string;
            display_name?: string;
            email?: string;
            /** @description 1 basic, 2 licensed, 4 unassigned without meetings basic, 99 none. */
            type?: number;
            role_id?: string;
            pmi?: number;
            timezone?: string;
            dept?: string;
            /** @enum {string} */
            status?: "active" | "inactive" | "pending";
            /** Format: date-time */
            last_login_time?: string;
            /** Format: date-time */
            created_at?: string;
        };
        UpdateMeetingRequest: components["schemas"]["CreateUserMeetingRequest"];
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
        /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccountSettings: {
        parameters: {
            query?: {
                /** @description Return one group of authentication or security settings instead. */
                option?: "meeting_authentication" | "recording_authentication" | "security" | "meeting_security";
                /** @description Comma-separated setting names to return. */
                custom_query_fields?: string;
            };
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description me for the connected account; master accounts may give a sub-account id. */
                accountId: string;
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
                    "application/json": components["schemas"]["GetAccountSettingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMeeting: {
        parameters: {
            query?: {
                /** @description One occurrence of a recurring meeting. */
                occurrence_id?: string;
                /** @description Also list past occurrences. */
                show_previous_occurrences?: boolean;
            };
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id (past-meeting endpoints also take a meeting UUID). */
                meetingId: string;
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
                /** @description Email the host about the cancellation. */
                schedule_for_reminder?: boolean;
                /** @description Email registrants about the cancellation. */
                cancel_meeting_reminder?: boolean;
            };
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id (past-meeting endpoints also take a meeting UUID). */
                meetingId: string;
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
                /** @description Change only this occurrence. */
                occurrence_id?: string;
            };
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id (past-meeting endpoints also take a meeting UUID). */
                meetingId: string;
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
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id (past-meeting endpoints also take a meeting UUID). */
                meetingId: string;
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
    getPastMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id (past-meeting endpoints also take a meeting UUID). */
                meetingId: string;
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
    listPastMeetingInstances: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric meeting id (past-meeting endpoints also take a meeting UUID). */
                meetingId: string;
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
                    "application/json": components["schemas"]["ListPastMeetingInstancesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Which users to list. */
                status?: "active" | "inactive" | "pending";
                /** @description Only users with this role. */
                role_id?: string;
                /** @description Only users holding this add-on license. */
                license?: "zoom_workforce_management" | "zoom_compliance_management";
                /** @description Extra fields to return. */
                include_fields?: "custom_attributes" | "host_key";
                /** @description Users per page. */
                page_size?: number;
                /** @description Token from the previous page. */
                next_page_token?: string;
            };
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUsersResponse"];
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
            query?: {
                /** @description Login type of the email when looking a user up by email. */
                login_type?: number;
                /** @description Whether the email in the path is encrypted. */
                encrypted_email?: boolean;
                /** @description Treat the path value as an employee unique id. */
                search_by_unique_id?: boolean;
            };
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the admin who connected. */
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
    listUserMeetings: {
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
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the admin who connected. */
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
                    "application/json": components["schemas"]["ListUserMeetingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createUserMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the admin who connected. */
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
                 *       "start_time": "2026-05-02T10:00:00Z",
                 *       "duration": 30,
                 *       "timezone": "America/Los_Angeles",
                 *       "settings": {
                 *         "host_video": true,
                 *         "participant_video": true,
                 *         "mute_upon_entry": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserMeetingRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateUserMeetingResponse"];
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
                /** @description List recordings in the trash instead. */
                trash?: boolean;
                /** @description What to list from the trash. */
                trash_type?: "meeting_recordings" | "recording_file";
            };
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the admin who connected. */
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
    getUserSettings: {
        parameters: {
            query?: {
                /** @description Return one group of authentication or security settings instead. */
                option?: "meeting_authentication" | "recording_authentication" | "meeting_security";
                /** @description Login type of the email when looking a user up by email. */
                login_type?: number;
                /** @description Comma-separated setting names to return, e.g. host_video,in_meeting. */
                custom_query_fields?: string;
            };
            header?: {
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the admin who connected. */
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
                    "application/json": components["schemas"]["GetUserSettingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUserWebinars: {
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
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description User id or email address; me for the admin who connected. */
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
                    "application/json": components["schemas"]["ListUserWebinarsResponse"];
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
                /** @description Id of the Zoom Admin connection to use; without it the account's oldest active connection serves the request. */
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
}
