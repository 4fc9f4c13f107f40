// Generated from providers/fastmail.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/jmap/api/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a batch of JMAP method calls (query, get, set, changes, import …) in one request.
         * @description Each entry of methodCalls is a [name, arguments, callId] triple and comes back under the same callId in methodResponses. An argument prefixed with "#" takes a back-reference to an earlier call's result ({ resultOf, name, path }), and ids created earlier in the request can be referred to as "#creationId". Common methods are Mailbox/get and Mailbox/set (folders), Email/query, Email/get, Email/set, Email/import and Email/changes (messages), Thread/get, SearchSnippet/get, Identity/get, EmailSubmission/set and EmailSubmission/query (sending), AddressBook/get, ContactCard/query, ContactCard/get and ContactCard/set (JSContact contacts) and MaskedEmail/get and MaskedEmail/set. Queries page with position (or anchor and anchorOffset) and limit, and report total when calculateTotal is true.
         */
        post: operations["callMethods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jmap/event/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open a server-sent event stream that announces state changes of mail, mailboxes and other types. */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jmap/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the JMAP session with the account ids, enabled capabilities and server limits. */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jmap/upload/{accountId}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file (an attachment or a whole RFC 5322 message) and get a blob id to use in Email/set or Email/import. */
        post: operations["uploadBlob"];
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
        /**
         * @example {
         *       "using": [
         *         "urn:ietf:params:jmap:core",
         *         "urn:ietf:params:jmap:mail"
         *       ],
         *       "methodCalls": [
         *         [
         *           "Mailbox/get",
         *           {
         *             "accountId": "{accountId}",
         *             "ids": null
         *           },
         *           "c0"
         *         ]
         *       ]
         *     }
         * @example {
         *       "using": [
         *         "urn:ietf:params:jmap:core",
         *         "urn:ietf:params:jmap:mail"
         *       ],
         *       "methodCalls": [
         *         [
         *           "Email/get",
         *           {
         *             "accountId": "{accountId}",
         *             "ids": [
         *               "{emailId}"
         *             ],
         *             "properties": [
         *               "id",
         *               "subject",
         *               "from",
         *               "to",
         *               "receivedAt",
         *               "textBody",
         *               "htmlBody",
         *               "attachments",
         *               "bodyValues"
         *             ],
         *             "fetchTextBodyValues": true
         *           },
         *           "c0"
         *         ]
         *       ]
         *     }
         * @example {
         *       "using": [
         *         "urn:ietf:params:jmap:core",
         *         "urn:ietf:params:jmap:mail"
         *       ],
         *       "methodCalls": [
         *         [
         *           "Email/set",
         *           {
         *             "accountId": "{accountId}",
         *             "update": {
         *               "{emailId}": {
         *                 "keywords/$seen": true,
         *                 "keywords/$flagged": true,
         *                 "mailboxIds/{targetMailboxId}": true,
         *                 "mailboxIds/{sourceMailboxId}": null
         *               }
         *             }
         *           },
         *           "c0"
         *         ]
         *       ]
         *     }
         * @example {
         *       "using": [
         *         "urn:ietf:params:jmap:core",
         *         "urn:ietf:params:jmap:mail"
         *       ],
         *       "methodCalls": [
         *         [
         *           "Email/set",
         *           {
         *             "accountId": "{accountId}",
         *             "create": {
         *               "d1": {
         *                 "mailboxIds": {
         *                   "{draftsMailboxId}": true
         *                 },
         *                 "keywords": {
         *                   "$draft": true
         *                 },
         *                 "from": [
         *                   {
         *                     "name": "Chris Kim",
         *                     "email": "user@fastmail.com"
         *                   }
         *                 ],
         *                 "to": [
         *                   {
         *                     "email": "recipient@example.com"
         *                   }
         *                 ],
         *                 "subject": "Hello",
         *                 "bodyStructure": {
         *                   "type": "text/plain",
         *                   "partId": "body"
         *                 },
         *                 "bodyValues": {
         *                   "body": {
         *                     "value": "Message text here."
         *                   }
         *                 }
         *               }
         *             }
         *           },
         *           "c0"
         *         ]
         *       ]
         *     }
         * @example {
         *       "using": [
         *         "urn:ietf:params:jmap:core",
         *         "urn:ietf:params:jmap:mail",
         *         "urn:ietf:params:jmap:submission"
         *       ],
         *       "methodCalls": [
         *         [
         *           "EmailSubmission/set",
         *           {
         *             "accountId": "{accountId}",
         *             "create": {
         *               "s1": {
         *                 "emailId": "{draftEmailId}",
         *                 "identityId": "{identityId}",
         *                 "envelope": {
         *                   "mailFrom": {
         *                     "email": "user@fastmail.com"
         *                   },
         *                   "rcptTo": [
         *                     {
         *                       "email": "recipient@example.com"
         *                     }
         *                   ]
         *                 }
         *               }
         *             },
         *             "onSuccessUpdateEmail": {
         *               "#s1": {
         *                 "mailboxIds/{sentMailboxId}": true,
         *                 "mailboxIds/{draftsMailboxId}": null,
         *                 "keywords/$draft": null
         *               }
         *             }
         *           },
         *           "c0"
         *         ]
         *       ]
         *     }
         * @example {
         *       "using": [
         *         "urn:ietf:params:jmap:core",
         *         "urn:ietf:params:jmap:contacts"
         *       ],
         *       "methodCalls": [
         *         [
         *           "ContactCard/query",
         *           {
         *             "accountId": "{accountId}",
         *             "filter": {
         *               "text": "ada"
         *             },
         *             "limit": 20,
         *             "calculateTotal": true
         *           },
         *           "q"
         *         ],
         *         [
         *           "ContactCard/get",
         *           {
         *             "accountId": "{accountId}",
         *             "#ids": {
         *               "resultOf": "q",
         *               "name": "ContactCard/query",
         *               "path": "/ids"
         *             },
         *             "properties": [
         *               "id",
         *               "name",
         *               "emails",
         *               "phones"
         *             ]
         *           },
         *           "g"
         *         ]
         *       ]
         *     }
         * @example {
         *       "using": [
         *         "urn:ietf:params:jmap:core",
         *         "https://www.fastmail.com/dev/maskedemail"
         *       ],
         *       "methodCalls": [
         *         [
         *           "MaskedEmail/set",
         *           {
         *             "accountId": "{accountId}",
         *             "create": {
         *               "m1": {
         *                 "forDomain": "shop.example.com",
         *                 "emailPrefix": "news",
         *                 "description": "Signup",
         *                 "state": "enabled"
         *               }
         *             }
         *           },
         *           "c0"
         *         ]
         *       ]
         *     }
         * @example {
         *       "using": [
         *         "urn:ietf:params:jmap:core",
         *         "urn:ietf:params:jmap:mail"
         *       ],
         *       "methodCalls": [
         *         [
         *           "Email/changes",
         *           {
         *             "accountId": "{accountId}",
         *             "sinceState": "{state}",
         *             "maxChanges": 50
         *           },
         *           "c0"
         *         ],
         *         [
         *           "Mailbox/changes",
         *           {
         *             "accountId": "{accountId}",
         *             "sinceState": "{state}"
         *           },
         *           "c1"
         *         ]
         *       ]
         *     }
         */
        CallMethodsRequest: {
            /** @description Capabilities the calls need; core is always required. */
            using: ("urn:ietf:params:jmap:core" | "urn:ietf:params:jmap:mail" | "urn:ietf:params:jmap:submission" | "urn:ietf:params:jmap:contacts" | "https://www.fastmail.com/dev/maskedemail")[];
            /** @description The calls to run, in order. */
            methodCalls: [
                string,
                Record<string, unknown>,
                string
            ][];
            /** @description Creation ids from earlier requests that back-references may use. */
            createdIds?: {
                [key: string]: string;
            };
        };
        CallMethodsResponse: {
            /** @description One [name, result, callId] triple per call; name is error when the call failed. */
            methodResponses?: [
                string,
                Record<string, unknown>,
                string
            ][];
            createdIds?: {
                [key: string]: string;
            };
            sessionState?: string;
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
        GetSessionResponse: {
            username?: string;
            /** @description Capability URIs the server offers with their limits. */
            capabilities?: {
                [key: string]: Record<string, unknown>;
            };
            accounts?: {
                [key: string]: {
                    name?: string;
                    isPersonal?: boolean;
                    isReadOnly?: boolean;
                    accountCapabilities?: Record<string, unknown>;
                };
            };
            /** @description Default account id per capability. */
            primaryAccounts?: {
                [key: string]: string;
            };
            apiUrl?: string;
            downloadUrl?: string;
            uploadUrl?: string;
            eventSourceUrl?: string;
            state?: string;
        };
        StreamEventsResponse: string;
        /**
         * Format: binary
         * @description The bytes; send the real media type (application/pdf, message/rfc822 …) as Content-Type.
         */
        UploadBlobRequest: string;
        UploadBlobResponse: {
            accountId?: string;
            blobId?: string;
            type?: string;
            size?: number;
            /** @description Unreferenced blobs are removed after about a day. */
            expires?: string;
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
        /** @description Id of the Fastmail connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    callMethods: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Fastmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "using": [
                 *         "urn:ietf:params:jmap:core",
                 *         "urn:ietf:params:jmap:mail"
                 *       ],
                 *       "methodCalls": [
                 *         [
                 *           "Email/query",
                 *           {
                 *             "accountId": "{accountId}",
                 *             "filter": {
                 *               "inMailbox": "P-F"
                 *             },
                 *             "sort": [
                 *               {
                 *                 "property": "receivedAt",
                 *                 "isAscending": false
                 *               }
                 *             ],
                 *             "collapseThreads": true,
                 *             "limit": 20,
                 *             "calculateTotal": true
                 *           },
                 *           "q"
                 *         ],
                 *         [
                 *           "Email/get",
                 *           {
                 *             "accountId": "{accountId}",
                 *             "#ids": {
                 *               "resultOf": "q",
                 *               "name": "Email/query",
                 *               "path": "/ids"
                 *             },
                 *             "properties": [
                 *               "id",
                 *               "threadId",
                 *               "subject",
                 *               "from",
                 *               "to",
                 *               "receivedAt",
                 *               "preview",
                 *               "keywords",
                 *               "mailboxIds",
                 *               "hasAttachment"
                 *             ]
                 *           },
                 *           "g"
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CallMethodsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallMethodsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Comma-separated type names to watch, or * for all. */
                types?: string;
                /** @description state ends the stream after the first change event. */
                closeafter?: "state" | "no";
                /** @description Seconds between keep-alive pings; 0 turns them off. */
                ping?: number;
            };
            header?: {
                /** @description Id of the Fastmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description StateChange events naming the changed types and their new states, to feed into the /changes methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["StreamEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Fastmail connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSessionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadBlob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Fastmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description JMAP account id from the session (primaryAccounts). */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["UploadBlobRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadBlobResponse"];
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
