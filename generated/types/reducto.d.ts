// Generated from providers/reducto.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fill in or change a PDF or Word form following plain-language instructions. */
        post: operations["edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edit_async": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a form edit in the background and get a job id to poll. */
        post: operations["editAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull structured data matching a JSON Schema out of a document. */
        post: operations["extract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extract_async": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an extraction in the background and get a job id to poll. */
        post: operations["extractAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an asynchronous job's status and, once it is done, its result. */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recent jobs of the account with their status. */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a document into ordered, typed chunks and blocks (text, tables, figures) with positions. */
        post: operations["parse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parse_async": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a parse in the background and get a job id to poll. */
        post: operations["parseAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a pipeline saved in Reducto Studio on a document. */
        post: operations["runPipeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find which pages of a document belong to each described section. */
        post: operations["split"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/split_async": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a split in the background and get a job id to poll. */
        post: operations["splitAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file directly, or with an empty body get a presigned URL to PUT a large file to. */
        post: operations["upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the version of the Reducto API that is serving requests. */
        get: operations["getVersion"];
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
        EditAsyncRequest: components["schemas"]["EditRequest"] & {
            async?: components["schemas"]["ParseAsyncRequestAllOf2Async"];
        };
        EditAsyncResponse: {
            job_id?: string;
        };
        EditRequest: {
            document_url: components["schemas"]["ParseRequestDocumentUrl"];
            edit_instructions: string;
            edit_options?: {
                /** @description Hex colour of the filled text. */
                color?: string;
                llm_provider_preference?: string;
            };
            /** @description Field layout from an earlier edit, to skip detecting fields again. */
            form_schema?: Record<string, unknown>[];
            priority?: boolean;
        };
        EditResponse: {
            /** @description Link to the edited document. */
            document_url?: string;
            form_schema?: Record<string, unknown>[];
            usage?: components["schemas"]["ParseResponseUsage"];
        };
        ExtractAsyncRequest: components["schemas"]["ExtractRequest"] & {
            async?: components["schemas"]["ParseAsyncRequestAllOf2Async"];
        };
        ExtractAsyncResponse: {
            job_id?: string;
        };
        ExtractRequest: {
            document_url: components["schemas"]["ParseRequestDocumentUrl"];
            /** @description JSON Schema of the data to return; field descriptions guide the model. */
            schema: Record<string, unknown>;
            system_prompt?: string;
            /** @description Return where in the document each value was found. */
            generate_citations?: boolean;
            /** @description Extract long lists page by page. */
            array_extract?: {
                enabled?: boolean;
            };
            use_chunking?: boolean;
            /** @description Parse options used when the document is not yet parsed. */
            options?: Record<string, unknown>;
            advanced_options?: Record<string, unknown>;
            experimental_options?: Record<string, unknown>;
            priority?: boolean;
        };
        ExtractResponse: {
            job_id?: string;
            usage?: components["schemas"]["ParseResponseUsage"];
            /** @description The extracted data; a list with one object per extraction. */
            result?: unknown;
            /** @description Source locations of the values when citations were asked for. */
            citations?: unknown;
            studio_link?: string;
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
        GetJobResponse: {
            /** @enum {string} */
            status?: "Pending" | "InProgress" | "Completed" | "Failed";
            type?: string;
            progress?: number;
            /** @description Why the job failed. */
            reason?: string;
            /** @description The same result the synchronous endpoint would have returned. */
            result?: unknown;
        };
        GetVersionResponse: unknown;
        ListJobsResponse: {
            jobs?: {
                job_id?: string;
                status?: string;
                type?: string;
                created_at?: string;
            }[];
        };
        ParseAsyncRequest: components["schemas"]["ParseRequest"] & {
            async?: components["schemas"]["ParseAsyncRequestAllOf2Async"];
        };
        ParseAsyncRequestAllOf2Async: {
            priority?: boolean;
            /** @description Any value handed back in the webhook call. */
            metadata?: unknown;
            webhook?: {
                /** @enum {string} */
                mode?: "disabled" | "svix" | "direct";
                url?: string;
                channels?: string[];
            };
        };
        ParseAsyncResponse: {
            job_id?: string;
        };
        ParseRequest: {
            document_url: components["schemas"]["ParseRequestDocumentUrl"];
            options?: {
                /** @enum {string} */
                ocr_mode?: "standard" | "agentic";
                /** @enum {string} */
                extraction_mode?: "ocr" | "hybrid";
                chunking?: {
                    /** @enum {string} */
                    chunk_mode?: "variable" | "section" | "page" | "block" | "disabled" | "page_sections";
                    chunk_size?: number;
                };
                table_summary?: {
                    enabled?: boolean;
                };
                figure_summary?: {
                    enabled?: boolean;
                    override?: boolean;
                    prompt?: string;
                };
                /** @description Block types to leave out such as Header or Footer. */
                filter_blocks?: string[];
                /** @description Always answer with a link to the result. */
                force_url_result?: boolean;
            };
            /** @description Fine-grained settings such as page_range and table_output_format. */
            advanced_options?: Record<string, unknown>;
            experimental_options?: Record<string, unknown>;
            /** @description Run ahead of non-priority jobs (where the plan allows). */
            priority?: boolean;
        };
        /** @description https address, reducto://file id or jobid://earlier job. */
        ParseRequestDocumentUrl: string;
        ParseResponse: {
            job_id?: string;
            duration?: number;
            usage?: components["schemas"]["ParseResponseUsage"];
            result?: {
                /** @enum {string} */
                type?: "full" | "url";
                url?: string;
                chunks?: {
                    content?: string;
                    embed?: string;
                    enriched?: string;
                    blocks?: {
                        type?: string;
                        content?: string;
                        confidence?: string;
                        bbox?: {
                            left?: number;
                            top?: number;
                            width?: number;
                            height?: number;
                            page?: number;
                            original_page?: number;
                        };
                    }[];
                }[];
            };
            pdf_url?: string;
            studio_link?: string;
        };
        ParseResponseUsage: {
            num_pages?: number;
            credits?: number;
        };
        RunPipelineRequest: {
            document_url: components["schemas"]["ParseRequestDocumentUrl"];
            pipeline_id: string;
        };
        RunPipelineResponse: {
            job_id?: string;
            usage?: components["schemas"]["ParseResponseUsage"];
            result?: Record<string, unknown>;
        };
        SplitAsyncRequest: components["schemas"]["SplitRequest"] & {
            async?: components["schemas"]["ParseAsyncRequestAllOf2Async"];
        };
        SplitAsyncResponse: {
            job_id?: string;
        };
        SplitRequest: {
            document_url: components["schemas"]["ParseRequestDocumentUrl"];
            split_description: {
                name: string;
                description: string;
                /** @description Split this section further by the value of this key (such as an account number). */
                partition_key?: string;
            }[];
            /** @description Extra instructions in plain language. */
            split_rules?: string;
            options?: Record<string, unknown>;
            advanced_options?: Record<string, unknown>;
            experimental_options?: Record<string, unknown>;
            priority?: boolean;
        };
        SplitResponse: {
            usage?: components["schemas"]["ParseResponseUsage"];
            result?: {
                section_mapping?: {
                    [key: string]: number[];
                };
                splits?: {
                    name?: string;
                    pages?: number[];
                    conf?: string;
                    partitions?: Record<string, unknown>[];
                }[];
            };
        };
        /** @description Send {} (JSON) for a presigned URL, or multipart/form-data with a file part to upload directly. */
        UploadRequest: {
            /** Format: binary */
            file?: string;
        };
        UploadResponse: {
            /** @description reducto://… id to pass as document_url. */
            file_id?: string;
            /** @description Address to PUT the file bytes to (presigned flow only). */
            presigned_url?: string;
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
        /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    edit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/form.pdf",
                 *       "edit_instructions": "Fill the name field with 'John Doe'"
                 *     }
                 */
                "application/json": components["schemas"]["EditRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    editAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/form.pdf",
                 *       "edit_instructions": "Fill the name field with 'John Doe'"
                 *     }
                 */
                "application/json": components["schemas"]["EditAsyncRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditAsyncResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    extract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/document.pdf",
                 *       "schema": {
                 *         "type": "object",
                 *         "properties": {
                 *           "title": {
                 *             "type": "string"
                 *           },
                 *           "date": {
                 *             "type": "string"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ExtractRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    extractAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/document.pdf",
                 *       "schema": {
                 *         "type": "object",
                 *         "properties": {
                 *           "title": {
                 *             "type": "string"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ExtractAsyncRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractAsyncResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of an asynchronous job. */
                job_id: string;
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
                    "application/json": components["schemas"]["GetJobResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listJobs: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListJobsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    parse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/document.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["ParseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    parseAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/document.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["ParseAsyncRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParseAsyncResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runPipeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/document.pdf",
                 *       "pipeline_id": "pl_123"
                 *     }
                 */
                "application/json": components["schemas"]["RunPipelineRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunPipelineResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    split: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/document.pdf",
                 *       "split_description": [
                 *         {
                 *           "name": "section1",
                 *           "description": "First section"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SplitRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    splitAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_url": "https://example.com/document.pdf",
                 *       "split_description": [
                 *         {
                 *           "name": "section1",
                 *           "description": "First section"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SplitAsyncRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitAsyncResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    upload: {
        parameters: {
            query?: {
                /** @description File extension (such as pdf) of the file that will be PUT to the presigned URL. */
                extension?: string;
            };
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UploadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Reducto connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetVersionResponse"];
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
