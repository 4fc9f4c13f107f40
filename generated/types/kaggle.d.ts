// Generated from providers/kaggle.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/competitions.CompetitionApiService/ListCompetitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search and list competitions by category and status. */
        post: operations["listCompetitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets.DatasetApiService/DownloadDataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download a dataset (or one of its files) as a ZIP archive. */
        post: operations["downloadDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets.DatasetApiService/GetDataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read one dataset's details. */
        post: operations["getDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets.DatasetApiService/GetDatasetMetadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a dataset's editable metadata (title, description, keywords, licenses, collaborators). */
        post: operations["getDatasetMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets.DatasetApiService/ListDatasetFiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the files in a dataset with their sizes and columns. */
        post: operations["listDatasetFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets.DatasetApiService/ListDatasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search and list datasets, with filters for owner, size, file type, license and tags. */
        post: operations["listDatasets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kernels.KernelsApiService/GetKernel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a notebook's metadata and its source. */
        post: operations["getKernel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kernels.KernelsApiService/ListKernels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search and list notebooks, optionally by author, language, dataset or competition. */
        post: operations["listKernels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models.ModelApiService/GetModel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read one model with its framework instances. */
        post: operations["getModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models.ModelApiService/ListModels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search and list models, optionally by owner. */
        post: operations["listModels"];
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
        DownloadDatasetRequest: {
            /** @description User or organization that owns the dataset. */
            ownerSlug: string;
            /** @description The dataset's slug. */
            datasetSlug: string;
            /** @description Download only this file. */
            fileName?: string;
            /** @description A specific version (latest when omitted). */
            datasetVersionNumber?: number;
            /**
             * @description Return the file as stored instead of zipped.
             * @default false
             */
            raw?: boolean;
        };
        DownloadDatasetResponse: string;
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
        GetDatasetMetadataRequest: components["schemas"]["GetDatasetRequest"];
        GetDatasetMetadataResponse: {
            info?: {
                datasetId?: number;
                datasetSlug?: string;
                ownerUser?: string;
                title?: string;
                subtitle?: string;
                description?: string;
                keywords?: string[];
                licenses?: {
                    name?: string;
                }[];
                collaborators?: Record<string, unknown>[];
                usabilityRating?: Record<string, unknown>;
                totalViews?: number;
                totalVotes?: number;
                totalDownloads?: number;
                isPrivate?: boolean;
            };
            errorMessage?: string;
        };
        GetDatasetRequest: {
            /** @description User or organization that owns the dataset. */
            ownerSlug: string;
            /** @description The dataset's slug. */
            datasetSlug: string;
        };
        GetDatasetResponse: components["schemas"]["ListDatasetsResponseDataset"];
        GetKernelRequest: {
            /** @description Author of the notebook. */
            userName: string;
            /** @description The notebook's slug. */
            kernelSlug: string;
        };
        GetKernelResponse: {
            metadata?: components["schemas"]["ListKernelsResponseKernel"];
            blob?: {
                source?: string;
                language?: string;
                kernelType?: string;
                slug?: string;
            };
        };
        GetModelRequest: {
            /** @description User or organization that owns the model. */
            ownerSlug: string;
            /** @description The model's slug. */
            modelSlug: string;
        };
        GetModelResponse: components["schemas"]["ListModelsResponseModel"];
        ListCompetitionsRequest: {
            /** @description Words to search for. */
            search?: string;
            /** @description Host segment such as HOST_SEGMENT_FEATURED, HOST_SEGMENT_RESEARCH or HOST_SEGMENT_PLAYGROUND. */
            category?: string;
            /** @description Which competitions, e.g. COMPETITION_LIST_TAB_GENERAL or COMPETITION_LIST_TAB_ENTERED. */
            group?: string;
            /** @description Order such as COMPETITION_SORT_BY_LATEST_DEADLINE or COMPETITION_SORT_BY_PRIZE. */
            sortBy?: string;
            /** @description Page number. */
            page?: number;
            /** @description Competitions per page. */
            pageSize?: number;
        };
        ListCompetitionsResponse: {
            competitions?: {
                id?: number;
                ref?: string;
                title?: string;
                url?: string;
                description?: string;
                organizationName?: string;
                category?: string;
                reward?: string;
                deadline?: string;
                enabledDate?: string;
                teamCount?: number;
                kernelCount?: number;
                userHasEntered?: boolean;
                maxDailySubmissions?: number;
                maxTeamSize?: number;
                evaluationMetric?: string;
                awardsPoints?: boolean;
                tags?: Record<string, unknown>[];
            }[];
        };
        ListDatasetFilesRequest: {
            /** @description User or organization that owns the dataset. */
            ownerSlug: string;
            /** @description The dataset's slug. */
            datasetSlug: string;
            /** @description A specific version (latest when omitted). */
            datasetVersionNumber?: number;
            /** @description nextPageToken of the previous page. */
            pageToken?: string;
            /** @description Files per page. */
            pageSize?: number;
        };
        ListDatasetFilesResponse: {
            datasetFiles?: {
                ref?: string;
                name?: string;
                datasetRef?: string;
                ownerRef?: string;
                creationDate?: string;
                description?: string;
                fileType?: string;
                url?: string;
                totalBytes?: number;
                columns?: {
                    order?: number;
                    name?: string;
                    type?: string;
                    originalType?: string;
                    description?: string;
                }[];
            }[];
            nextPageToken?: string;
            errorMessage?: string;
        };
        ListDatasetsRequest: {
            /** @description Words to search for. */
            search?: string;
            /** @description Only datasets owned by this user or organization. */
            user?: string;
            /**
             * @description Which datasets to draw from (public by default).
             * @enum {string}
             */
            group?: "DATASET_SELECTION_GROUP_PUBLIC" | "DATASET_SELECTION_GROUP_MY" | "DATASET_SELECTION_GROUP_USER" | "DATASET_SELECTION_GROUP_USER_SHARED_WITH_ME" | "DATASET_SELECTION_GROUP_UPVOTED" | "DATASET_SELECTION_GROUP_MY_PRIVATE" | "DATASET_SELECTION_GROUP_MY_PUBLIC" | "DATASET_SELECTION_GROUP_ORGANIZATION" | "DATASET_SELECTION_GROUP_BOOKMARKED" | "DATASET_SELECTION_GROUP_COLLABORATION" | "DATASET_SELECTION_GROUP_SHARED_WITH_USER";
            /**
             * @description Order of the results (hottest by default).
             * @enum {string}
             */
            sortBy?: "DATASET_SORT_BY_HOTTEST" | "DATASET_SORT_BY_VOTES" | "DATASET_SORT_BY_UPDATED" | "DATASET_SORT_BY_ACTIVE" | "DATASET_SORT_BY_PUBLISHED" | "DATASET_SORT_BY_RELEVANCE" | "DATASET_SORT_BY_LAST_VIEWED" | "DATASET_SORT_BY_USABILITY";
            /**
             * @description Size bucket.
             * @enum {string}
             */
            size?: "DATASET_SIZE_GROUP_ALL" | "DATASET_SIZE_GROUP_SMALL" | "DATASET_SIZE_GROUP_MEDIUM" | "DATASET_SIZE_GROUP_LARGE";
            /**
             * @description File type bucket.
             * @enum {string}
             */
            fileType?: "DATASET_FILE_TYPE_GROUP_ALL" | "DATASET_FILE_TYPE_GROUP_CSV" | "DATASET_FILE_TYPE_GROUP_SQLITE" | "DATASET_FILE_TYPE_GROUP_JSON" | "DATASET_FILE_TYPE_GROUP_BIG_QUERY" | "DATASET_FILE_TYPE_GROUP_PARQUET";
            /**
             * @description License family.
             * @enum {string}
             */
            license?: "DATASET_LICENSE_GROUP_ALL" | "DATASET_LICENSE_GROUP_CC" | "DATASET_LICENSE_GROUP_GPL" | "DATASET_LICENSE_GROUP_ODB" | "DATASET_LICENSE_GROUP_OTHER";
            /** @description Comma-separated tag ids to filter by. */
            tagIds?: string;
            /** @description Smallest total size in bytes. */
            minSize?: number;
            /** @description Largest total size in bytes. */
            maxSize?: number;
            /** @description Page number. */
            page?: number;
            /** @description Token from an earlier page. */
            pageToken?: string;
            /** @description Datasets per page. */
            pageSize?: number;
        };
        ListDatasetsResponse: {
            datasets?: components["schemas"]["ListDatasetsResponseDataset"][];
        };
        ListDatasetsResponseDataset: {
            id?: number;
            /** @description owner/slug of the dataset. */
            ref?: string;
            title?: string;
            subtitle?: string;
            description?: string;
            url?: string;
            ownerName?: string;
            ownerRef?: string;
            creatorName?: string;
            creatorUrl?: string;
            totalBytes?: number;
            lastUpdated?: string;
            downloadCount?: number;
            voteCount?: number;
            viewCount?: number;
            kernelCount?: number;
            topicCount?: number;
            isPrivate?: boolean;
            isFeatured?: boolean;
            licenseName?: string;
            currentVersionNumber?: number;
            usabilityRating?: number;
            tags?: {
                ref?: string;
                name?: string;
            }[];
            files?: Record<string, unknown>[];
            versions?: Record<string, unknown>[];
        };
        ListKernelsRequest: {
            /** @description Words to search for. */
            search?: string;
            /** @description Only notebooks by this user. */
            user?: string;
            /**
             * @description Programming language.
             * @enum {string}
             */
            language?: "all" | "python" | "r" | "sqlite" | "julia";
            /**
             * @description Script or notebook.
             * @enum {string}
             */
            kernelType?: "all" | "script" | "notebook";
            /**
             * @description What the notebook produces.
             * @enum {string}
             */
            outputType?: "all" | "visualization" | "data";
            /** @description Only notebooks using this competition's data. */
            competition?: string;
            /** @description Only notebooks using this dataset (owner/slug). */
            dataset?: string;
            /** @description Only forks of this notebook (user/slug). */
            parentKernel?: string;
            /** @description Which notebooks, e.g. KERNELS_LIST_VIEW_TYPE_EVERYONE or KERNELS_LIST_VIEW_TYPE_PROFILE. */
            group?: string;
            /** @description Order such as HOTNESS (default), VOTE_COUNT or DATE_RUN. */
            sortBy?: string;
            /** @description Page number. */
            page?: number;
            /** @description Notebooks per page. */
            pageSize?: number;
        };
        ListKernelsResponse: {
            kernels?: components["schemas"]["ListKernelsResponseKernel"][];
        };
        ListKernelsResponseKernel: {
            id?: number;
            /** @description user/slug of the notebook. */
            ref?: string;
            title?: string;
            author?: string;
            slug?: string;
            lastRunTime?: string;
            language?: string;
            kernelType?: string;
            isPrivate?: boolean;
            enableGpu?: boolean;
            enableTpu?: boolean;
            enableInternet?: boolean;
            categoryIds?: string[];
            datasetDataSources?: string[];
            kernelDataSources?: string[];
            competitionDataSources?: string[];
            modelDataSources?: string[];
            totalVotes?: number;
            currentVersionNumber?: number;
        };
        ListModelsRequest: {
            /** @description Words to search for. */
            search?: string;
            /** @description Only models of this user or organization. */
            owner?: string;
            /** @description Order such as LIST_MODELS_ORDER_BY_HOTNESS (default); relevance needs a search. */
            sortBy?: string;
            /** @description Models per page. */
            pageSize?: number;
            /** @description nextPageToken of the previous page. */
            pageToken?: string;
            /** @description Only models that can be deployed on Vertex AI. */
            onlyVertexModels?: boolean;
        };
        ListModelsResponse: {
            models?: components["schemas"]["ListModelsResponseModel"][];
            nextPageToken?: string;
            totalResults?: number;
        };
        ListModelsResponseModel: {
            id?: number;
            /** @description owner/slug of the model. */
            ref?: string;
            title?: string;
            subtitle?: string;
            author?: string;
            slug?: string;
            isPrivate?: boolean;
            description?: string;
            publishTime?: string;
            provenanceSources?: string;
            url?: string;
            instances?: {
                id?: number;
                slug?: string;
                framework?: string;
                fineTunable?: boolean;
                overview?: string;
                usage?: string;
                downloadUrl?: string;
                versionNumber?: number;
                url?: string;
                licenseName?: string;
            }[];
            tags?: {
                ref?: string;
                name?: string;
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
        /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCompetitions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ListCompetitionsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCompetitionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadDataset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownerSlug": "username",
                 *       "datasetSlug": "dataset-name"
                 *     }
                 */
                "application/json": components["schemas"]["DownloadDatasetRequest"];
            };
        };
        responses: {
            /** @description The dataset archive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["DownloadDatasetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownerSlug": "username",
                 *       "datasetSlug": "dataset-name"
                 *     }
                 */
                "application/json": components["schemas"]["GetDatasetRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDatasetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDatasetMetadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownerSlug": "username",
                 *       "datasetSlug": "dataset-name"
                 *     }
                 */
                "application/json": components["schemas"]["GetDatasetMetadataRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDatasetMetadataResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDatasetFiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownerSlug": "username",
                 *       "datasetSlug": "dataset-name"
                 *     }
                 */
                "application/json": components["schemas"]["ListDatasetFilesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDatasetFilesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDatasets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ListDatasetsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDatasetsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getKernel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userName": "username",
                 *       "kernelSlug": "kernel-slug"
                 *     }
                 */
                "application/json": components["schemas"]["GetKernelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetKernelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listKernels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ListKernelsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListKernelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownerSlug": "google",
                 *       "modelSlug": "gemma"
                 *     }
                 */
                "application/json": components["schemas"]["GetModelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetModelResponse"];
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
                /** @description Id of the Kaggle connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ListModelsRequest"];
            };
        };
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
}
