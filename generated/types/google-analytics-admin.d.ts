// Generated from providers/google-analytics-admin.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1beta/accountSummaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every account the user can reach together with short summaries of its properties. */
        get: operations["listAccountSummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Analytics accounts the user can reach. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one Analytics account. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the GA4 properties under an account (or the properties of several accounts). */
        get: operations["listProperties"];
        put?: never;
        /** Create a GA4 property under an account. */
        post: operations["createProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one GA4 property. */
        get: operations["getProperty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the fields of a property named in updateMask. */
        patch: operations["updateProperty"];
        trace?: never;
    };
    "/v1beta/properties/{propertyId}/conversionEvents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the events marked as conversions on a property. */
        get: operations["listConversionEvents"];
        put?: never;
        /** Mark an event name as a conversion. */
        post: operations["createConversionEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}/customDimensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom dimensions defined on a property. */
        get: operations["listCustomDimensions"];
        put?: never;
        /** Register an event, user or item parameter as a custom dimension. */
        post: operations["createCustomDimension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}/customMetrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom metrics defined on a property. */
        get: operations["listCustomMetrics"];
        put?: never;
        /** Register a numeric event parameter as a custom metric. */
        post: operations["createCustomMetric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}/dataStreams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the web and app data streams of a property. */
        get: operations["listDataStreams"];
        put?: never;
        /** Add a web, Android or iOS data stream to a property. */
        post: operations["createDataStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}/dataStreams/{dataStreamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one data stream, including a web stream's measurement id. */
        get: operations["getDataStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}/dataStreams/{dataStreamId}/measurementProtocolSecrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Measurement Protocol API secrets of a data stream. */
        get: operations["listMeasurementProtocolSecrets"];
        put?: never;
        /** Create a Measurement Protocol API secret for server-side event collection. */
        post: operations["createMeasurementProtocolSecret"];
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
        CreateConversionEventRequest: {
            eventName: string;
            /** @enum {string} */
            countingMethod?: "ONCE_PER_EVENT" | "ONCE_PER_SESSION";
        };
        CreateConversionEventResponse: components["schemas"]["ListConversionEventsResponseConversionEventsItem"];
        CreateCustomDimensionRequest: {
            /** @description Event, user-property or item parameter to report on. */
            parameterName: string;
            displayName: string;
            description?: string;
            /** @enum {string} */
            scope: "EVENT" | "USER" | "ITEM";
            /** @description USER scope only: exclude from ads personalisation. */
            disallowAdsPersonalization?: boolean;
        };
        CreateCustomDimensionResponse: components["schemas"]["ListCustomDimensionsResponseCustomDimensionsItem"];
        CreateCustomMetricRequest: {
            parameterName: string;
            displayName: string;
            description?: string;
            /** @enum {string} */
            scope: "EVENT";
            /** @enum {string} */
            measurementUnit: "STANDARD" | "CURRENCY" | "FEET" | "METERS" | "KILOMETERS" | "MILES" | "MILLISECONDS" | "SECONDS" | "MINUTES" | "HOURS";
            /** @description Only for CURRENCY metrics. */
            restrictedMetricType?: ("COST_DATA" | "REVENUE_DATA")[];
        };
        CreateCustomMetricResponse: components["schemas"]["ListCustomMetricsResponseCustomMetricsItem"];
        CreateDataStreamRequest: {
            /** @enum {string} */
            type: "WEB_DATA_STREAM" | "ANDROID_APP_DATA_STREAM" | "IOS_APP_DATA_STREAM";
            displayName?: string;
            webStreamData?: {
                /** @description Home page URL of the site. */
                defaultUri?: string;
            };
            androidAppStreamData?: {
                packageName?: string;
            };
            iosAppStreamData?: {
                bundleId?: string;
            };
        };
        CreateDataStreamResponse: components["schemas"]["ListDataStreamsResponseDataStreamsItem"];
        CreateMeasurementProtocolSecretRequest: {
            displayName: string;
        };
        CreateMeasurementProtocolSecretResponse: components["schemas"]["ListMeasurementProtocolSecretsResponseMeasurementProtocolSecretsItem"];
        CreatePropertyRequest: {
            /** @description Owning account as accounts/{accountId}. */
            parent: string;
            displayName: string;
            /** @description IANA reporting time zone, e.g. America/Los_Angeles. */
            timeZone: string;
            /** @description ISO 4217 reporting currency, e.g. USD. */
            currencyCode?: string;
            industryCategory?: components["schemas"]["CreatePropertyRequestIndustryCategory"];
        };
        /** @enum {string} */
        CreatePropertyRequestIndustryCategory: "INDUSTRY_CATEGORY_UNSPECIFIED" | "AUTOMOTIVE" | "BUSINESS_AND_INDUSTRIAL_MARKETS" | "FINANCE" | "HEALTHCARE" | "TECHNOLOGY" | "TRAVEL" | "OTHER" | "ARTS_AND_ENTERTAINMENT" | "BEAUTY_AND_FITNESS" | "BOOKS_AND_LITERATURE" | "FOOD_AND_DRINK" | "GAMES" | "HOBBIES_AND_LEISURE" | "HOME_AND_GARDEN" | "INTERNET_AND_TELECOM" | "LAW_AND_GOVERNMENT" | "NEWS" | "ONLINE_COMMUNITIES" | "PEOPLE_AND_SOCIETY" | "PETS_AND_ANIMALS" | "REAL_ESTATE" | "REFERENCE" | "SCIENCE" | "SPORTS" | "JOBS_AND_EDUCATION" | "SHOPPING";
        CreatePropertyResponse: components["schemas"]["ListPropertiesResponsePropertiesItem"];
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
        GetAccountResponse: components["schemas"]["ListAccountsResponseAccountsItem"];
        GetDataStreamResponse: components["schemas"]["ListDataStreamsResponseDataStreamsItem"];
        GetPropertyResponse: components["schemas"]["ListPropertiesResponsePropertiesItem"];
        ListAccountSummariesResponse: {
            accountSummaries?: {
                /** @description accountSummaries/{accountId} */
                name?: string;
                /** @description accounts/{accountId} */
                account?: string;
                displayName?: string;
                propertySummaries?: {
                    /** @description properties/{propertyId} */
                    property?: string;
                    displayName?: string;
                    propertyType?: string;
                    parent?: string;
                }[];
            }[];
            nextPageToken?: string;
        };
        ListAccountsResponse: {
            accounts?: components["schemas"]["ListAccountsResponseAccountsItem"][];
            nextPageToken?: string;
        };
        ListAccountsResponseAccountsItem: {
            /** @description accounts/{accountId} */
            name?: string;
            displayName?: string;
            regionCode?: string;
            /** Format: date-time */
            createTime?: string;
            /** Format: date-time */
            updateTime?: string;
            deleted?: boolean;
        };
        ListConversionEventsResponse: {
            conversionEvents?: components["schemas"]["ListConversionEventsResponseConversionEventsItem"][];
            nextPageToken?: string;
        };
        ListConversionEventsResponseConversionEventsItem: {
            name?: string;
            eventName?: string;
            /** Format: date-time */
            createTime?: string;
            deletable?: boolean;
            custom?: boolean;
            /** @enum {string} */
            countingMethod?: "ONCE_PER_EVENT" | "ONCE_PER_SESSION";
        };
        ListCustomDimensionsResponse: {
            customDimensions?: components["schemas"]["ListCustomDimensionsResponseCustomDimensionsItem"][];
            nextPageToken?: string;
        };
        ListCustomDimensionsResponseCustomDimensionsItem: {
            name?: string;
            parameterName?: string;
            displayName?: string;
            description?: string;
            /** @enum {string} */
            scope?: "EVENT" | "USER" | "ITEM";
            disallowAdsPersonalization?: boolean;
        };
        ListCustomMetricsResponse: {
            customMetrics?: components["schemas"]["ListCustomMetricsResponseCustomMetricsItem"][];
            nextPageToken?: string;
        };
        ListCustomMetricsResponseCustomMetricsItem: {
            name?: string;
            parameterName?: string;
            displayName?: string;
            description?: string;
            measurementUnit?: string;
            /** @enum {string} */
            scope?: "EVENT";
            restrictedMetricType?: string[];
        };
        ListDataStreamsResponse: {
            dataStreams?: components["schemas"]["ListDataStreamsResponseDataStreamsItem"][];
            nextPageToken?: string;
        };
        ListDataStreamsResponseDataStreamsItem: {
            /** @description properties/{propertyId}/dataStreams/{dataStreamId} */
            name?: string;
            /** @enum {string} */
            type?: "WEB_DATA_STREAM" | "ANDROID_APP_DATA_STREAM" | "IOS_APP_DATA_STREAM";
            displayName?: string;
            webStreamData?: {
                measurementId?: string;
                firebaseAppId?: string;
                defaultUri?: string;
            };
            androidAppStreamData?: {
                firebaseAppId?: string;
                packageName?: string;
            };
            iosAppStreamData?: {
                firebaseAppId?: string;
                bundleId?: string;
            };
            /** Format: date-time */
            createTime?: string;
            /** Format: date-time */
            updateTime?: string;
        };
        ListMeasurementProtocolSecretsResponse: {
            measurementProtocolSecrets?: components["schemas"]["ListMeasurementProtocolSecretsResponseMeasurementProtocolSecretsItem"][];
            nextPageToken?: string;
        };
        ListMeasurementProtocolSecretsResponseMeasurementProtocolSecretsItem: {
            name?: string;
            displayName?: string;
            /** @description The api_secret to send with Measurement Protocol hits. */
            secretValue?: string;
        };
        ListPropertiesResponse: {
            properties?: components["schemas"]["ListPropertiesResponsePropertiesItem"][];
            nextPageToken?: string;
        };
        ListPropertiesResponsePropertiesItem: {
            /** @description properties/{propertyId} */
            name?: string;
            /** @description accounts/{accountId} */
            parent?: string;
            displayName?: string;
            /** @enum {string} */
            propertyType?: "PROPERTY_TYPE_ORDINARY" | "PROPERTY_TYPE_SUBPROPERTY" | "PROPERTY_TYPE_ROLLUP";
            industryCategory?: string;
            timeZone?: string;
            currencyCode?: string;
            serviceLevel?: string;
            account?: string;
            /** Format: date-time */
            createTime?: string;
            /** Format: date-time */
            updateTime?: string;
            /** Format: date-time */
            deleteTime?: string;
        };
        UpdatePropertyRequest: {
            displayName?: string;
            timeZone?: string;
            currencyCode?: string;
            industryCategory?: components["schemas"]["CreatePropertyRequestIndustryCategory"];
        };
        UpdatePropertyResponse: components["schemas"]["ListPropertiesResponsePropertiesItem"];
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
        /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccountSummaries: {
        parameters: {
            query?: {
                /** @description Summaries per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAccountSummariesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description Accounts per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include accounts in the trash. */
                showDeleted?: boolean;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Analytics account id.
                 * @example 123456789
                 */
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
                    "application/json": components["schemas"]["GetAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProperties: {
        parameters: {
            query: {
                /**
                 * @description Which properties to return: parent:accounts/{accountId}, ancestor:accounts/{accountId}, firebase_project:{id} or combinations.
                 * @example parent:accounts/123456789
                 */
                filter: string;
                /** @description Properties per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include properties in the trash. */
                showDeleted?: boolean;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPropertiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProperty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parent": "accounts/123456789",
                 *       "displayName": "My New Property",
                 *       "timeZone": "America/Los_Angeles",
                 *       "currencyCode": "USD",
                 *       "industryCategory": "TECHNOLOGY"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePropertyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePropertyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProperty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
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
                    "application/json": components["schemas"]["GetPropertyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateProperty: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated fields to change, in snake_case (e.g. display_name,time_zone); * changes every field.
                 * @example display_name
                 */
                updateMask: string;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Updated Property Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePropertyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePropertyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listConversionEvents: {
        parameters: {
            query?: {
                /** @description Events per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
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
                    "application/json": components["schemas"]["ListConversionEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createConversionEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "purchase"
                 *     }
                 */
                "application/json": components["schemas"]["CreateConversionEventRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConversionEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomDimensions: {
        parameters: {
            query?: {
                /** @description Dimensions per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
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
                    "application/json": components["schemas"]["ListCustomDimensionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomDimension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parameterName": "user_type",
                 *       "displayName": "User Type",
                 *       "scope": "USER",
                 *       "description": "Type of user (free, premium, enterprise)"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomDimensionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomDimensionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomMetrics: {
        parameters: {
            query?: {
                /** @description Metrics per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
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
                    "application/json": components["schemas"]["ListCustomMetricsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomMetric: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parameterName": "points_earned",
                 *       "displayName": "Points Earned",
                 *       "scope": "EVENT",
                 *       "measurementUnit": "STANDARD",
                 *       "description": "Number of loyalty points earned"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomMetricRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomMetricResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDataStreams: {
        parameters: {
            query?: {
                /** @description Streams per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
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
                    "application/json": components["schemas"]["ListDataStreamsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDataStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "WEB_DATA_STREAM",
                 *       "displayName": "My Website",
                 *       "webStreamData": {
                 *         "defaultUri": "https://example.com"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateDataStreamRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDataStreamResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
                /** @description Numeric id of the data stream. */
                dataStreamId: string;
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
                    "application/json": components["schemas"]["GetDataStreamResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMeasurementProtocolSecrets: {
        parameters: {
            query?: {
                /** @description Secrets per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
                /** @description Numeric id of the data stream. */
                dataStreamId: string;
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
                    "application/json": components["schemas"]["ListMeasurementProtocolSecretsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMeasurementProtocolSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Admin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
                /** @description Numeric id of the data stream. */
                dataStreamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Server-side tracking"
                 *     }
                 */
                "application/json": components["schemas"]["CreateMeasurementProtocolSecretRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMeasurementProtocolSecretResponse"];
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
