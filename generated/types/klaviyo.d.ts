// Generated from providers/klaviyo.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List campaigns of one channel; the filter must name the channel. */
        get: operations["listCampaigns"];
        put?: never;
        /** Create a draft campaign for a set of lists or segments. */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an activity of a profile under a metric, creating the profile and metric when they are new. */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's automated flows. */
        get: operations["listFlows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/flows/{flow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Switch a flow between draft, manual and live, which also applies to all its actions. */
        patch: operations["updateFlowStatus"];
        trace?: never;
    };
    "/api/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sign-up forms with their status and A/B test flag. */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List images uploaded to the account's library. */
        get: operations["listImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's lists, ten at a time. */
        get: operations["listLists"];
        put?: never;
        /** Create a list. */
        post: operations["createList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{list_id}/relationships/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add existing profiles to a list by id, up to 1000 per call, without changing their consent. */
        post: operations["addProfilesToList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the metrics (event types) the account records. */
        get: operations["listMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-bulk-import-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List bulk profile import jobs with their progress counters. */
        get: operations["listBulkImportJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-subscription-bulk-create-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a job that records marketing consent for up to 1000 profiles and optionally adds them to a list. */
        post: operations["bulkSubscribeProfiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List profiles, with optional filtering, sorting and sparse fields. */
        get: operations["listProfiles"];
        put?: never;
        /** Create a profile; Klaviyo answers 409 with the existing id when the email, phone or external id is already taken. */
        post: operations["createProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{profile_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch one profile by id. */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change attributes of a profile; attributes left out stay as they are. */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List product and store reviews collected through Klaviyo Reviews. */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's segments. */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tag-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tag groups, including the default group every account has. */
        get: operations["listTagGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/template-universal-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reusable universal content blocks shared across templates. */
        get: operations["listUniversalContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's email templates. */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhook-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the topics a webhook can subscribe to. */
        get: operations["listWebhookTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an HTTPS endpoint that Klaviyo calls for the chosen webhook topics. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook so it stops receiving deliveries. */
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
        AddProfilesToListRequest: {
            data: {
                /** @constant */
                type: "profile";
                id: string;
            }[];
        };
        BulkSubscribeProfilesRequest: {
            data: {
                /** @constant */
                type: "profile-subscription-bulk-create-job";
                attributes: {
                    /** @description Label of where the consent was collected. */
                    custom_source?: string;
                    /** @description true when importing consent given in the past (then consented_at is required). */
                    historical_import?: boolean;
                    profiles: {
                        data: {
                            /** @constant */
                            type?: "profile";
                            id?: string;
                            attributes?: {
                                /** Format: email */
                                email?: string;
                                phone_number?: string;
                                subscriptions?: {
                                    email?: {
                                        marketing?: {
                                            /** @enum {string} */
                                            consent?: "SUBSCRIBED";
                                            /** Format: date-time */
                                            consented_at?: string;
                                        };
                                    };
                                    sms?: {
                                        marketing?: {
                                            /** @enum {string} */
                                            consent?: "SUBSCRIBED";
                                            /** Format: date-time */
                                            consented_at?: string;
                                        };
                                        transactional?: Record<string, unknown>;
                                    };
                                };
                            };
                        }[];
                    };
                };
                relationships?: {
                    list?: {
                        data?: {
                            /** @constant */
                            type?: "list";
                            id?: string;
                        };
                    };
                };
            };
        };
        CreateCampaignRequest: {
            data: {
                /** @constant */
                type: "campaign";
                attributes: {
                    name: string;
                    audiences: {
                        /** @description Ids of the lists and segments to send to. */
                        included: string[];
                        /** @description Ids of lists and segments to leave out. */
                        excluded?: string[];
                    };
                    /** @description When the campaign goes out; immediate unless told. */
                    send_strategy?: {
                        /** @enum {string} */
                        method?: "immediate" | "static" | "throttled" | "smart_send_time";
                        /** Format: date-time */
                        datetime?: string;
                        options?: Record<string, unknown>;
                    };
                    send_options?: {
                        use_smart_sending?: boolean;
                    };
                    tracking_options?: Record<string, unknown>;
                    /** @description The campaign's message, as its channel, label and content. */
                    "campaign-messages": {
                        data: {
                            /** @constant */
                            type: "campaign-message";
                            attributes: {
                                definition: {
                                    /** @enum {string} */
                                    channel: "email" | "sms" | "mobile_push";
                                    label?: string;
                                    /** @description For email: subject, preview_text, from_email, from_label, reply_to_email. */
                                    content?: Record<string, unknown>;
                                };
                            };
                        }[];
                    };
                };
            };
        };
        CreateCampaignResponse: {
            data?: components["schemas"]["ListCampaignsResponseCampaign"];
        };
        CreateEventRequest: {
            data: {
                /** @constant */
                type: "event";
                attributes: {
                    /** @description Free-form data about the event, usable in flows and segments. */
                    properties: Record<string, unknown>;
                    /**
                     * Format: date-time
                     * @description When it happened; now unless given.
                     */
                    time?: string;
                    /** @description Monetary value credited to the event. */
                    value?: number;
                    /** @description ISO 4217 currency of value. */
                    value_currency?: string;
                    /** @description Deduplication key; a second event with the same key is ignored. */
                    unique_id?: string;
                    metric: {
                        data: {
                            /** @constant */
                            type?: "metric";
                            attributes?: {
                                name: string;
                                service?: string;
                            };
                        };
                    };
                    profile: {
                        data: {
                            /** @constant */
                            type?: "profile";
                            id?: string;
                            attributes?: components["schemas"]["CreateProfileRequestDataAttributes"];
                        };
                    };
                };
            };
        };
        CreateListRequest: {
            data: {
                /** @constant */
                type: "list";
                attributes: {
                    name: string;
                };
            };
        };
        CreateListResponse: {
            data?: components["schemas"]["ListListsResponseList"];
        };
        CreateProfileRequest: {
            data: {
                /** @constant */
                type: "profile";
                attributes: components["schemas"]["CreateProfileRequestDataAttributes"];
            };
        };
        /** @description At least one of email, phone_number or external_id identifies the profile. */
        CreateProfileRequestDataAttributes: {
            /** Format: email */
            email?: string;
            /** @description Phone number in E.164 form. */
            phone_number?: string;
            /** @description Id of the person in the caller's own system. */
            external_id?: string;
            first_name?: string;
            last_name?: string;
            organization?: string;
            /** @description IETF language tag such as en-US. */
            locale?: string;
            title?: string;
            /** @description URL of a picture of the person. */
            image?: string;
            location?: {
                address1?: string;
                address2?: string;
                city?: string;
                region?: string;
                zip?: string;
                country?: string;
                timezone?: string;
                latitude?: string | number;
                longitude?: string | number;
                ip?: string;
            };
            /** @description Custom properties as key/value pairs. */
            properties?: Record<string, unknown>;
        };
        CreateProfileResponse: {
            data?: components["schemas"]["ListProfilesResponseProfile"];
        };
        CreateWebhookRequest: {
            data: {
                /** @constant */
                type: "webhook";
                attributes: {
                    name: string;
                    description?: string;
                    /**
                     * Format: uri
                     * @description HTTPS address that receives the deliveries.
                     */
                    endpoint_url: string;
                    /** @description Key Klaviyo signs each delivery with. */
                    secret_key: string;
                };
                relationships: {
                    "webhook-topics": {
                        data?: {
                            /** @constant */
                            type: "webhook-topic";
                            /** @description Topic id from GET /api/webhook-topics, e.g. campaign:sent. */
                            id: string;
                        }[];
                    };
                };
            };
        };
        CreateWebhookResponse: {
            data?: {
                /** @constant */
                type?: "webhook";
                id?: string;
                attributes?: {
                    name?: string;
                    description?: string | null;
                    endpoint_url?: string;
                    enabled?: boolean;
                    /** Format: date-time */
                    created_at?: string;
                    /** Format: date-time */
                    updated_at?: string;
                };
            };
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
        GetProfileResponse: {
            data?: components["schemas"]["ListProfilesResponseProfile"];
            included?: Record<string, unknown>[];
        };
        ListBulkImportJobsResponse: {
            data?: {
                /** @constant */
                type?: "profile-bulk-import-job";
                id?: string;
                attributes?: {
                    /** @enum {string} */
                    status?: "cancelled" | "complete" | "processing" | "queued";
                    /** Format: date-time */
                    created_at?: string;
                    total_count?: number;
                    completed_count?: number;
                    failed_count?: number;
                    /** Format: date-time */
                    completed_at?: string | null;
                    /** Format: date-time */
                    expires_at?: string;
                    /** Format: date-time */
                    started_at?: string | null;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListCampaignsResponse: {
            data?: components["schemas"]["ListCampaignsResponseCampaign"][];
            links?: components["schemas"]["ListProfilesResponseLinks"];
            included?: Record<string, unknown>[];
        };
        ListCampaignsResponseCampaign: {
            /** @constant */
            type?: "campaign";
            id?: string;
            attributes?: {
                name?: string;
                status?: string;
                archived?: boolean;
                audiences?: {
                    included?: string[];
                    excluded?: string[];
                };
                send_options?: Record<string, unknown>;
                tracking_options?: Record<string, unknown>;
                send_strategy?: Record<string, unknown>;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                scheduled_at?: string | null;
                /** Format: date-time */
                updated_at?: string;
                /** Format: date-time */
                send_time?: string | null;
            };
        };
        ListFlowsResponse: {
            data?: components["schemas"]["ListFlowsResponseFlow"][];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListFlowsResponseFlow: {
            /** @constant */
            type?: "flow";
            id?: string;
            attributes?: {
                name?: string;
                /** @enum {string} */
                status?: "draft" | "manual" | "live";
                archived?: boolean;
                /** Format: date-time */
                created?: string;
                /** Format: date-time */
                updated?: string;
                trigger_type?: string;
            };
        };
        ListFormsResponse: {
            data?: {
                /** @constant */
                type?: "form";
                id?: string;
                attributes?: {
                    name?: string;
                    status?: string;
                    ab_test?: boolean;
                    /** Format: date-time */
                    created_at?: string;
                    /** Format: date-time */
                    updated_at?: string;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListImagesResponse: {
            data?: {
                /** @constant */
                type?: "image";
                id?: string;
                attributes?: {
                    name?: string;
                    image_url?: string;
                    format?: string;
                    size?: number;
                    hidden?: boolean;
                    /** Format: date-time */
                    updated_at?: string;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListListsResponse: {
            data?: components["schemas"]["ListListsResponseList"][];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListListsResponseList: {
            /** @constant */
            type?: "list";
            id?: string;
            attributes?: {
                name?: string;
                /** Format: date-time */
                created?: string;
                /** Format: date-time */
                updated?: string;
                /** @enum {string} */
                opt_in_process?: "double_opt_in" | "single_opt_in";
            };
        };
        ListMetricsResponse: {
            data?: {
                /** @constant */
                type?: "metric";
                id?: string;
                attributes?: {
                    name?: string;
                    /** Format: date-time */
                    created?: string;
                    /** Format: date-time */
                    updated?: string;
                    integration?: Record<string, unknown> | null;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListProfilesResponse: {
            data?: components["schemas"]["ListProfilesResponseProfile"][];
            links?: components["schemas"]["ListProfilesResponseLinks"];
            included?: Record<string, unknown>[];
        };
        ListProfilesResponseLinks: {
            self?: string;
            /** @description Full URL of the next page; absent or null on the last page. */
            next?: string | null;
            prev?: string | null;
        };
        ListProfilesResponseProfile: {
            /** @constant */
            type?: "profile";
            id?: string;
            attributes?: {
                email?: string | null;
                phone_number?: string | null;
                external_id?: string | null;
                first_name?: string | null;
                last_name?: string | null;
                organization?: string | null;
                locale?: string | null;
                title?: string | null;
                image?: string | null;
                /** Format: date-time */
                created?: string;
                /** Format: date-time */
                updated?: string;
                /** Format: date-time */
                last_event_date?: string | null;
                location?: Record<string, unknown> | null;
                /** @description Custom properties of the profile. */
                properties?: Record<string, unknown>;
                /** @description Consent state per channel; returned when asked for through additional-fields[profile]. */
                subscriptions?: Record<string, unknown>;
            };
            relationships?: Record<string, unknown>;
            links?: {
                self?: string;
            };
        };
        ListReviewsResponse: {
            data?: {
                /** @constant */
                type?: "review";
                id?: string;
                attributes?: {
                    email?: string;
                    status?: Record<string, unknown>;
                    verified?: boolean;
                    review_type?: string;
                    rating?: number | null;
                    title?: string | null;
                    content?: string | null;
                    /** Format: date-time */
                    created?: string;
                    /** Format: date-time */
                    updated?: string;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListSegmentsResponse: {
            data?: {
                /** @constant */
                type?: "segment";
                id?: string;
                attributes?: {
                    name?: string;
                    definition?: Record<string, unknown> | null;
                    /** Format: date-time */
                    created?: string;
                    /** Format: date-time */
                    updated?: string;
                    is_active?: boolean;
                    is_processing?: boolean;
                    is_starred?: boolean;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListTagGroupsResponse: {
            data?: {
                /** @constant */
                type?: "tag-group";
                id?: string;
                attributes?: {
                    name?: string;
                    exclusive?: boolean;
                    default?: boolean;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListTemplatesResponse: {
            data?: {
                /** @constant */
                type?: "template";
                id?: string;
                attributes?: {
                    name?: string;
                    editor_type?: string;
                    html?: string;
                    text?: string | null;
                    /** Format: date-time */
                    created?: string;
                    /** Format: date-time */
                    updated?: string;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListUniversalContentResponse: {
            data?: {
                /** @constant */
                type?: "template-universal-content";
                id?: string;
                attributes?: {
                    name?: string;
                    definition?: Record<string, unknown>;
                    /** Format: date-time */
                    created?: string;
                    /** Format: date-time */
                    updated?: string;
                };
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        ListWebhookTopicsResponse: {
            data?: {
                /** @constant */
                type?: "webhook-topic";
                /** @description Topic id such as campaign:sent or event:klaviyo.sent_sms; a topic has no attributes. */
                id?: string;
            }[];
            links?: components["schemas"]["ListProfilesResponseLinks"];
        };
        UpdateFlowStatusRequest: {
            data: {
                /** @constant */
                type: "flow";
                /** @description Must equal the id in the path. */
                id: string;
                attributes: {
                    /** @enum {string} */
                    status: "draft" | "manual" | "live";
                };
            };
        };
        UpdateFlowStatusResponse: {
            data?: components["schemas"]["ListFlowsResponseFlow"];
        };
        UpdateProfileRequest: {
            data: {
                /** @constant */
                type: "profile";
                /** @description Must equal the id in the path. */
                id: string;
                attributes: components["schemas"]["CreateProfileRequestDataAttributes"];
                meta?: {
                    /** @description Fine-grained edits of custom properties. */
                    patch_properties?: {
                        append?: Record<string, unknown>;
                        unappend?: Record<string, unknown>;
                        unset?: string | string[];
                    };
                };
            };
        };
        UpdateProfileResponse: components["schemas"]["CreateProfileResponse"];
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
        /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCampaigns: {
        parameters: {
            query: {
                /**
                 * @description Must contain equals(messages.channel,"email"), "sms" or "mobile_push"; may add conditions on name, status, archived, created_at, scheduled_at or updated_at.
                 * @example equals(messages.channel,"email")
                 */
                filter: string;
                /** @description Comma-separated campaign attributes to return. */
                "fields[campaign]"?: string;
                /** @description Comma-separated message attributes to return when messages are included. */
                "fields[campaign-message]"?: string;
                /** @description Comma-separated tag attributes to return when tags are included. */
                "fields[tag]"?: string;
                /** @description Related resources to embed: campaign-messages, tags. */
                include?: string;
                sort?: "created_at" | "-created_at" | "id" | "-id" | "name" | "-name" | "scheduled_at" | "-scheduled_at" | "updated_at" | "-updated_at";
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListCampaignsResponse"];
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
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "campaign",
                 *         "attributes": {
                 *           "name": "Summer Newsletter",
                 *           "audiences": {
                 *             "included": [
                 *               "LIST_ID"
                 *             ]
                 *           },
                 *           "campaign-messages": {
                 *             "data": [
                 *               {
                 *                 "type": "campaign-message",
                 *                 "attributes": {
                 *                   "definition": {
                 *                     "channel": "email",
                 *                     "label": "Summer Newsletter",
                 *                     "content": {
                 *                       "subject": "Summer is here",
                 *                       "from_email": "store@example.com",
                 *                       "from_label": "Store"
                 *                     }
                 *                   }
                 *                 }
                 *               }
                 *             ]
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["CreateCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "event",
                 *         "attributes": {
                 *           "profile": {
                 *             "data": {
                 *               "type": "profile",
                 *               "attributes": {
                 *                 "email": "customer@example.com"
                 *               }
                 *             }
                 *           },
                 *           "metric": {
                 *             "data": {
                 *               "type": "metric",
                 *               "attributes": {
                 *                 "name": "Viewed Product"
                 *               }
                 *             }
                 *           },
                 *           "properties": {
                 *             "product_id": "SKU123",
                 *             "product_name": "Blue T-Shirt"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["CreateEventRequest"];
            };
        };
        responses: {
            /** @description Accepted for processing; no body. */
            202: {
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
    listFlows: {
        parameters: {
            query?: {
                /** @description Filter on id, name, status, archived, created, updated or trigger_type. */
                filter?: string;
                /** @description Comma-separated flow attributes to return. */
                "fields[flow]"?: string;
                /** @description Comma-separated action attributes to return when actions are included. */
                "fields[flow-action]"?: string;
                /** @description Comma-separated tag attributes to return when tags are included. */
                "fields[tag]"?: string;
                /** @description Related resources to embed: flow-actions, tags. */
                include?: string;
                sort?: "created" | "-created" | "id" | "-id" | "name" | "-name" | "status" | "-status" | "trigger_type" | "-trigger_type" | "updated" | "-updated";
                /** @description Flows per page. */
                "page[size]"?: number;
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListFlowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateFlowStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the flow. */
                flow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "flow",
                 *         "id": "FLOW_ID",
                 *         "attributes": {
                 *           "status": "live"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["UpdateFlowStatusRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["UpdateFlowStatusResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listForms: {
        parameters: {
            query?: {
                /** @description Filter on id, name, ab_test, updated_at, created_at or status. */
                filter?: string;
                /** @description Comma-separated form attributes to return. */
                "fields[form]"?: string;
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at";
                /** @description Forms per page. */
                "page[size]"?: number;
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListFormsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listImages: {
        parameters: {
            query?: {
                /** @description Filter on id, updated_at, format, name, size or hidden. */
                filter?: string;
                /** @description Comma-separated image attributes to return. */
                "fields[image]"?: string;
                sort?: "format" | "-format" | "id" | "-id" | "name" | "-name" | "size" | "-size" | "updated_at" | "-updated_at";
                /** @description Images per page. */
                "page[size]"?: number;
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListImagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLists: {
        parameters: {
            query?: {
                /** @description Filter on name, id, created or updated, e.g. equals(name,"VIP Customers"). */
                filter?: string;
                /** @description Comma-separated list attributes to return. */
                "fields[list]"?: string;
                /** @description Comma-separated tag attributes to return when tags are included. */
                "fields[tag]"?: string;
                /** @description Comma-separated flow attributes to return when flows are included. */
                "fields[flow]"?: string;
                /** @description Related resources to embed: tags, flow-triggers. */
                include?: string;
                sort?: "created" | "-created" | "id" | "-id" | "name" | "-name" | "updated" | "-updated";
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "list",
                 *         "attributes": {
                 *           "name": "VIP Customers"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["CreateListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["CreateListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addProfilesToList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the list (six characters, e.g. Y6nRLr). */
                list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": [
                 *         {
                 *           "type": "profile",
                 *           "id": "PROFILE_ID"
                 *         }
                 *       ]
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["AddProfilesToListRequest"];
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
    listMetrics: {
        parameters: {
            query?: {
                /** @description Filter on integration.name or integration.category, e.g. equals(integration.name,"Shopify"). */
                filter?: string;
                /** @description Comma-separated metric attributes to return. */
                "fields[metric]"?: string;
                /** @description Comma-separated flow attributes to return when flow triggers are included. */
                "fields[flow]"?: string;
                /** @description Related resources to embed: flow-triggers. */
                include?: string;
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListMetricsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBulkImportJobs: {
        parameters: {
            query?: {
                /** @description Filter on status or created_at, e.g. equals(status,"complete"). */
                filter?: string;
                /** @description Comma-separated job attributes to return. */
                "fields[profile-bulk-import-job]"?: string;
                /** @description Comma-separated list attributes to return when lists are included. */
                "fields[list]"?: string;
                /** @description Related resources to embed: lists. */
                include?: string;
                sort?: "created_at" | "-created_at";
                /** @description Jobs per page. */
                "page[size]"?: number;
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListBulkImportJobsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    bulkSubscribeProfiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "profile-subscription-bulk-create-job",
                 *         "attributes": {
                 *           "profiles": {
                 *             "data": [
                 *               {
                 *                 "type": "profile",
                 *                 "attributes": {
                 *                   "email": "user@example.com",
                 *                   "subscriptions": {
                 *                     "email": {
                 *                       "marketing": {
                 *                         "consent": "SUBSCRIBED"
                 *                       }
                 *                     }
                 *                   }
                 *                 }
                 *               }
                 *             ]
                 *           }
                 *         },
                 *         "relationships": {
                 *           "list": {
                 *             "data": {
                 *               "type": "list",
                 *               "id": "LIST_ID"
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["BulkSubscribeProfilesRequest"];
            };
        };
        responses: {
            /** @description Job accepted; no body. */
            202: {
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
    listProfiles: {
        parameters: {
            query?: {
                /** @description Filter expression on id, email, phone_number, external_id, _kx, created or updated, e.g. equals(email,"ann@example.com"). */
                filter?: string;
                /** @description Comma-separated profile attributes to return. */
                "fields[profile]"?: string;
                /** @description Extra attribute groups to add: subscriptions, predictive_analytics. */
                "additional-fields[profile]"?: string;
                /** @description Related resources to embed: lists, segments, push-tokens. */
                include?: string;
                /** @description Sort field; a leading minus sorts descending. */
                sort?: "created" | "-created" | "email" | "-email" | "id" | "-id" | "updated" | "-updated" | "subscriptions.email.marketing.list_suppressions.timestamp" | "-subscriptions.email.marketing.list_suppressions.timestamp" | "subscriptions.email.marketing.suppression.timestamp" | "-subscriptions.email.marketing.suppression.timestamp";
                /** @description Profiles per page. */
                "page[size]"?: number;
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListProfilesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProfile: {
        parameters: {
            query?: {
                /** @description Extra attribute groups to add: subscriptions, predictive_analytics. */
                "additional-fields[profile]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "profile",
                 *         "attributes": {
                 *           "email": "newuser@example.com",
                 *           "first_name": "John",
                 *           "last_name": "Doe"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["CreateProfileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["CreateProfileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProfile: {
        parameters: {
            query?: {
                /** @description Comma-separated profile attributes to return. */
                "fields[profile]"?: string;
                /** @description Extra attribute groups to add: subscriptions, predictive_analytics. */
                "additional-fields[profile]"?: string;
                /** @description Related resources to embed: lists, segments, push-tokens. */
                include?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the profile, e.g. 01GDDKASAP8TKDDA2GRZDSVP4H. */
                profile_id: string;
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
                    "application/vnd.api+json": components["schemas"]["GetProfileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateProfile: {
        parameters: {
            query?: {
                /** @description Extra attribute groups to add: subscriptions, predictive_analytics. */
                "additional-fields[profile]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the profile, e.g. 01GDDKASAP8TKDDA2GRZDSVP4H. */
                profile_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "profile",
                 *         "id": "PROFILE_ID",
                 *         "attributes": {
                 *           "first_name": "Jane"
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["UpdateProfileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["UpdateProfileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listReviews: {
        parameters: {
            query?: {
                /** @description Filter on created, rating, id, item.id, content, status, review_type or verified. */
                filter?: string;
                /** @description Comma-separated review attributes to return. */
                "fields[review]"?: string;
                /** @description Comma-separated event attributes to return when events are included. */
                "fields[event]"?: string;
                /** @description Related resources to embed: events. */
                include?: string;
                sort?: "created" | "-created" | "rating" | "-rating" | "updated" | "-updated";
                /** @description Reviews per page. */
                "page[size]"?: number;
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListReviewsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSegments: {
        parameters: {
            query?: {
                /** @description Filter on name, id, created, updated, is_active or is_starred. */
                filter?: string;
                /** @description Comma-separated segment attributes to return. */
                "fields[segment]"?: string;
                /** @description Comma-separated tag attributes to return when tags are included. */
                "fields[tag]"?: string;
                /** @description Comma-separated flow attributes to return when flows are included. */
                "fields[flow]"?: string;
                /** @description Related resources to embed: tags, flow-triggers. */
                include?: string;
                sort?: "created" | "-created" | "id" | "-id" | "name" | "-name" | "updated" | "-updated";
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListSegmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTagGroups: {
        parameters: {
            query?: {
                /** @description Filter on name, exclusive or default. */
                filter?: string;
                /** @description Comma-separated tag group attributes to return. */
                "fields[tag-group]"?: string;
                sort?: "id" | "-id" | "name" | "-name";
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListTagGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUniversalContent: {
        parameters: {
            query?: {
                /** @description Filter on id, name, created, updated or definition.content_type / definition.type. */
                filter?: string;
                /** @description Comma-separated attributes to return. */
                "fields[template-universal-content]"?: string;
                sort?: "created" | "-created" | "id" | "-id" | "name" | "-name" | "updated" | "-updated";
                /** @description Blocks per page. */
                "page[size]"?: number;
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListUniversalContentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /** @description Filter on id, name, created or updated. */
                filter?: string;
                /** @description Comma-separated template attributes to return (html and text are large). */
                "fields[template]"?: string;
                sort?: "created" | "-created" | "id" | "-id" | "name" | "-name" | "updated" | "-updated";
                /** @description Cursor of the page to fetch, as found in links.next of the previous answer. */
                "page[cursor]"?: string;
            };
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListTemplatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWebhookTopics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/vnd.api+json": components["schemas"]["ListWebhookTopicsResponse"];
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
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "webhook",
                 *         "attributes": {
                 *           "name": "Order Placed Webhook",
                 *           "endpoint_url": "https://example.com/webhooks/klaviyo",
                 *           "secret_key": "my-signing-secret"
                 *         },
                 *         "relationships": {
                 *           "webhook-topics": {
                 *             "data": [
                 *               {
                 *                 "type": "webhook-topic",
                 *                 "id": "campaign:sent"
                 *               }
                 *             ]
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/vnd.api+json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["CreateWebhookResponse"];
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
                /** @description Id of the Klaviyo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhook_id: string;
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
