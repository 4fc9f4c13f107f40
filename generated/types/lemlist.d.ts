// Generated from providers/lemlist.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recent activities (sends, opens, clicks, replies, LinkedIn steps) across campaigns. */
        get: operations["listActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the team's campaigns, optionally by status. */
        get: operations["listCampaigns"];
        put?: never;
        /** Create a draft campaign with an empty sequence and the default schedule. */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one campaign with its status, sequence and schedules. */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a campaign or change its stop conditions and tracking settings. */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/api/campaigns/{campaignId}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a lead to a campaign, optionally skipping duplicates and enriching it. */
        post: operations["addLeadToCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{campaignId}/leads/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unsubscribe a lead from a campaign, or delete it from the campaign with action=remove. */
        delete: operations["deleteLeadFromCampaign"];
        options?: never;
        head?: never;
        /** Change a lead's fields or custom variables within a campaign. */
        patch: operations["updateLeadInCampaign"];
        trace?: never;
    };
    "/api/campaigns/{campaignId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a running campaign so no further steps are sent. */
        post: operations["pauseCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{campaignId}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sending schedules attached to a campaign. */
        get: operations["listCampaignSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{campaignId}/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a campaign's sequences and their steps. */
        get: operations["listCampaignSequences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the companies stored in the team's lemlist CRM. */
        get: operations["listCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the labels available in the team's lemlist inbox. */
        get: operations["listInboxLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a lead by email address across the team's campaigns. */
        get: operations["getLeadByEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the team's sending schedules. */
        get: operations["listSchedules"];
        put?: never;
        /** Create a sending schedule (days, hours, time zone and spacing between sends). */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one sending schedule. */
        get: operations["getSchedule"];
        put?: never;
        post?: never;
        /** Delete a sending schedule. */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        /** Change a sending schedule's days, hours, time zone or spacing. */
        patch: operations["updateSchedule"];
        trace?: never;
    };
    "/api/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the team the API key belongs to, with its members. */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the team's remaining enrichment credits by origin. */
        get: operations["getTeamCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the team members who send, with the campaigns each one sends for. */
        get: operations["listTeamSenders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unsubscribes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the email addresses and domains on the team's unsubscribe list. */
        get: operations["listUnsubscribes"];
        put?: never;
        /** Put an email address or domain on the unsubscribe list. */
        post: operations["addUnsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unsubscribes/{value}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put one email address or domain, given in the path, on the unsubscribe list. */
        post: operations["addUnsubscribeValue"];
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
        /** @description Lead fields; any further key becomes a custom variable usable in the sequence. */
        AddLeadToCampaignRequest: {
            /** Format: email */
            email?: string;
            firstName?: string;
            lastName?: string;
            companyName?: string;
            companyDomain?: string;
            jobTitle?: string;
            icebreaker?: string;
            phone?: string;
            picture?: string;
            linkedinUrl?: string;
            /** @description IANA time zone of the lead, e.g. Europe/Paris. */
            timezone?: string;
        } & {
            [key: string]: unknown;
        };
        AddLeadToCampaignResponse: {
            _id?: string;
            email?: string;
            firstName?: string;
            lastName?: string;
            companyName?: string;
            companyDomain?: string;
            jobTitle?: string;
            icebreaker?: string;
            phone?: string;
            linkedinUrl?: string;
            campaignId?: string;
            isPaused?: boolean;
            isUnsubscribed?: boolean;
        };
        AddUnsubscribeRequest: {
            /** @description Address, or domain written as @example.com, to unsubscribe. */
            email?: string;
        };
        AddUnsubscribeResponse: components["schemas"]["ListUnsubscribesResponseItem"];
        AddUnsubscribeValueResponse: components["schemas"]["ListUnsubscribesResponseItem"];
        CreateCampaignRequest: {
            name: string;
        };
        CreateCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
        CreateScheduleRequest: {
            name?: string;
            /** @description Minimum gap between two sends. */
            secondsToWait?: number;
            /** @description IANA time zone, e.g. Europe/Paris. */
            timezone?: string;
            /** @description Daily start time (HH:mm). */
            start?: string;
            /** @description Daily end time (HH:mm). */
            end?: string;
            /** @description Sending days (0 is Sunday). */
            weekdays?: number[];
        };
        CreateScheduleResponse: components["schemas"]["ListCampaignSchedulesResponseSchedule"];
        DeleteLeadFromCampaignResponse: components["schemas"]["AddLeadToCampaignResponse"];
        DeleteScheduleResponse: Record<string, unknown>;
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
        GetCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
        GetLeadByEmailResponse: components["schemas"]["AddLeadToCampaignResponse"] | components["schemas"]["AddLeadToCampaignResponse"][];
        GetScheduleResponse: components["schemas"]["ListCampaignSchedulesResponseSchedule"];
        GetTeamCreditsResponse: {
            credits?: number;
            details?: {
                remaining?: {
                    total?: number;
                    freemium?: number;
                    subscription?: number;
                    gifted?: number;
                    paid?: number;
                };
            };
        };
        GetTeamResponse: {
            _id?: string;
            name?: string;
            userIds?: string[];
            createdBy?: string;
            /** Format: date-time */
            createdAt?: string;
            beta?: string[];
            users?: {
                userId?: string;
                name?: string;
                email?: string;
                role?: string;
            }[];
        };
        ListActivitiesResponse: {
            _id?: string;
            type?: string;
            campaignId?: string;
            campaignName?: string;
            leadId?: string;
            leadEmail?: string;
            sequenceId?: string;
            stepId?: string;
            /** Format: date-time */
            createdAt?: string;
        }[];
        ListCampaignSchedulesResponse: components["schemas"]["ListCampaignSchedulesResponseSchedule"][];
        ListCampaignSchedulesResponseSchedule: {
            _id?: string;
            name?: string;
            secondsToWait?: number;
            timezone?: string;
            start?: string;
            end?: string;
            weekdays?: number[];
        };
        /** @description Sequences keyed by sequence id. */
        ListCampaignSequencesResponse: {
            [key: string]: {
                _id?: string;
                steps?: {
                    _id?: string;
                    /** @description Step kind such as email, linkedinInvite, linkedinSend, phone or manual. */
                    type?: string;
                    /** @description Days to wait after the previous step. */
                    delay?: number;
                    subject?: string;
                    message?: string;
                }[];
            };
        };
        /** @description The v2 shape; without version=v2 the answer is a bare array of campaigns. */
        ListCampaignsResponse: {
            campaigns?: components["schemas"]["ListCampaignsResponseCampaign"][];
            pagination?: {
                totalRecords?: number;
                currentPage?: number;
                nextPage?: number | null;
                totalPage?: number;
            };
        };
        ListCampaignsResponseCampaign: {
            _id?: string;
            name?: string;
            /** @enum {string} */
            status?: "running" | "paused" | "draft" | "ended" | "archived" | "errors";
            labels?: string[];
            /** Format: date-time */
            createdAt?: string;
            createdBy?: string;
            sequenceId?: string;
            scheduleIds?: string[];
            teamId?: string;
            hasError?: boolean;
            errors?: string[];
            senders?: {
                id?: string;
                email?: string;
            }[];
        };
        /** @description Company records (name, domain and enrichment fields). */
        ListCompaniesResponse: unknown[] | Record<string, unknown>;
        ListInboxLabelsResponse: {
            _id?: string;
            name?: string;
            color?: string;
        }[];
        ListSchedulesResponse: {
            schedules?: components["schemas"]["ListCampaignSchedulesResponseSchedule"][];
            pagination?: {
                totalRecords?: number;
                currentPage?: number;
                nextPage?: number | null;
                totalPage?: number;
            };
        };
        ListTeamSendersResponse: {
            userId?: string;
            campaigns?: {
                campaignId?: string;
                campaignName?: string;
            }[];
        }[];
        ListUnsubscribesResponse: components["schemas"]["ListUnsubscribesResponseItem"][];
        ListUnsubscribesResponseItem: {
            _id?: string;
            /** @description The address or domain. */
            value?: string;
            /** @enum {string} */
            source?: "api" | "bounced" | "lead" | "user" | "abuse";
            /** Format: date-time */
            createdAt?: string;
        };
        PauseCampaignResponse: {
            _id?: string;
            name?: string;
            status?: string;
        };
        UpdateCampaignRequest: {
            name?: string;
            /** @description Stop the sequence for a lead once it replies. */
            stopOnEmailReplied?: boolean;
            stopOnMeetingBooked?: boolean;
            stopOnLinkClicked?: boolean;
            leadsPausedByInterest?: boolean;
            opportunityReplied?: boolean;
            opportunityClicked?: boolean;
            autoLeadInterest?: boolean;
            sequenceSharing?: boolean;
            disableTrackOpen?: boolean;
            disableTrackClick?: boolean;
            disableTrackReply?: boolean;
        };
        UpdateCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
        /** @description Fields to change; custom variable names are accepted as keys. */
        UpdateLeadInCampaignRequest: {
            firstName?: string;
            lastName?: string;
            companyName?: string;
            jobTitle?: string;
            icebreaker?: string;
            phone?: string;
            linkedinUrl?: string;
        } & {
            [key: string]: unknown;
        };
        UpdateLeadInCampaignResponse: components["schemas"]["AddLeadToCampaignResponse"];
        UpdateScheduleRequest: components["schemas"]["CreateScheduleRequest"];
        UpdateScheduleResponse: components["schemas"]["ListCampaignSchedulesResponseSchedule"];
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
        /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listActivities: {
        parameters: {
            query?: {
                version?: "v2";
                /** @description Only activities of this campaign. */
                campaignId?: string;
                /** @description Only activities of this lead. */
                leadId?: string;
                /** @description Activity type such as emailsSent, emailsOpened, emailsClicked, emailsReplied, emailsBounced or linkedinInviteDone. */
                type?: string;
                /** @description true keeps only the first activity of each type per lead. */
                isFirst?: boolean;
                /** @description Activities per page. */
                limit?: number;
                /** @description Activities to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListActivitiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description v2 answers with campaigns plus a pagination object instead of a bare array. */
                version?: "v2";
                status?: "running" | "draft" | "archived" | "ended" | "paused" | "errors";
                /** @description Campaigns per page. */
                limit?: number;
                /** @description Campaigns to skip. */
                offset?: number;
                /** @description Page number (v2). */
                page?: number;
                sortBy?: "createdAt";
                sortOrder?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCampaignsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Q3 outbound"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign, starting with cam_. */
                campaignId: string;
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
                    "application/json": components["schemas"]["GetCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign, starting with cam_. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Q3 outbound (EU)",
                 *       "stopOnEmailReplied": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addLeadToCampaign: {
        parameters: {
            query?: {
                /** @description true skips the lead if it already exists in another campaign of the team. */
                deduplicate?: boolean;
                /** @description Look up the lead's email address (spends credits). */
                findEmail?: boolean;
                /** @description Verify the address before sending (spends credits). */
                verifyEmail?: boolean;
                /** @description Enrich the lead from LinkedIn (spends credits). */
                linkedinEnrichment?: boolean;
                /** @description Look up the lead's phone number (spends credits). */
                findPhone?: boolean;
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign, starting with cam_. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "john.doe@example.com",
                 *       "firstName": "John",
                 *       "lastName": "Doe",
                 *       "companyName": "Acme"
                 *     }
                 */
                "application/json": components["schemas"]["AddLeadToCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddLeadToCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLeadFromCampaign: {
        parameters: {
            query?: {
                /** @description remove deletes the lead instead of unsubscribing it. */
                action?: "remove";
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign, starting with cam_. */
                campaignId: string;
                /** @description Email address of the lead (URL-encoded). */
                email: string;
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
                    "application/json": components["schemas"]["DeleteLeadFromCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateLeadInCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign, starting with cam_. */
                campaignId: string;
                /** @description Email address of the lead (URL-encoded). */
                email: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "icebreaker": "Loved your talk at SaaStr"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLeadInCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateLeadInCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    pauseCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign, starting with cam_. */
                campaignId: string;
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
                    "application/json": components["schemas"]["PauseCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCampaignSchedules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign, starting with cam_. */
                campaignId: string;
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
                    "application/json": components["schemas"]["ListCampaignSchedulesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCampaignSequences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign, starting with cam_. */
                campaignId: string;
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
                    "application/json": components["schemas"]["ListCampaignSequencesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                /** @description Companies per page. */
                limit?: number;
                /** @description Companies to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCompaniesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInboxLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListInboxLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLeadByEmail: {
        parameters: {
            query?: {
                /** @description v2 returns every campaign the lead is in. */
                version?: "v2";
                /** @description Only the lead's record in this campaign. */
                campaignId?: string;
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Email address of the lead (URL-encoded). */
                email: string;
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
                    "application/json": components["schemas"]["GetLeadByEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSchedules: {
        parameters: {
            query?: {
                /** @description Page number. */
                page?: number;
                /** @description Schedules per page. */
                limit?: number;
                sortBy?: "createdAt";
                sortOrder?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSchedulesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Office hours",
                 *       "secondsToWait": 1200,
                 *       "timezone": "Europe/Paris",
                 *       "start": "09:00",
                 *       "end": "18:00",
                 *       "weekdays": [
                 *         1,
                 *         2,
                 *         3,
                 *         4,
                 *         5
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateScheduleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the schedule, starting with skd_. */
                scheduleId: string;
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
                    "application/json": components["schemas"]["GetScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the schedule, starting with skd_. */
                scheduleId: string;
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
                    "application/json": components["schemas"]["DeleteScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the schedule, starting with skd_. */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "end": "17:00"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateScheduleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTeam: {
        parameters: {
            query?: {
                /** @description v2 adds the members' names and roles. */
                version?: "v2";
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetTeamResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTeamCredits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetTeamCreditsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeamSenders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTeamSendersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUnsubscribes: {
        parameters: {
            query?: {
                /** @description Entries per page. */
                limit?: number;
                /** @description Entries to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUnsubscribesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addUnsubscribe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AddUnsubscribeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddUnsubscribeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addUnsubscribeValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the lemlist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Address, or domain written as @example.com (URL-encoded). */
                value: string;
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
                    "application/json": components["schemas"]["AddUnsubscribeValueResponse"];
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
