// Generated from providers/google-slides.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/presentations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a presentation with a title and one empty title slide. */
        post: operations["createPresentation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/presentations/{presentationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a presentation with all its slides, layouts, masters and page elements. */
        get: operations["getPresentation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/presentations/{presentationId}/pages/{pageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one slide (or layout, master or notes page) with its page elements. */
        get: operations["getPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/presentations/{presentationId}/pages/{pageId}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Render a slide to a PNG and get a temporary link to the image. */
        get: operations["getPageThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/presentations/{presentationId}:batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a list of edits - new slides, shapes, images, text, styles, deletions - to a presentation in one go. */
        post: operations["batchUpdatePresentation"];
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
        BatchUpdatePresentationRequest: {
            /** @description Each item holds exactly one kind of request; the list below shows the common kinds. */
            requests: {
                createSlide?: {
                    objectId?: string;
                    /** @description Zero-based position; appended at the end when left out. */
                    insertionIndex?: number;
                    slideLayoutReference?: {
                        /** @enum {string} */
                        predefinedLayout?: "BLANK" | "CAPTION_ONLY" | "TITLE" | "TITLE_AND_BODY" | "TITLE_AND_TWO_COLUMNS" | "TITLE_ONLY" | "SECTION_HEADER" | "SECTION_TITLE_AND_DESCRIPTION" | "ONE_COLUMN_TEXT" | "MAIN_POINT" | "BIG_NUMBER";
                        layoutId?: string;
                    };
                };
                insertText?: {
                    /** @description Shape or table holding the text. */
                    objectId: string;
                    text: string;
                    insertionIndex?: number;
                    cellLocation?: {
                        rowIndex?: number;
                        columnIndex?: number;
                    };
                };
                createShape?: {
                    objectId?: string;
                    /** @description Kind of shape, e.g. TEXT_BOX, RECTANGLE, ELLIPSE. */
                    shapeType?: string;
                    elementProperties?: components["schemas"]["BatchUpdatePresentationRequestRequestsItemCreateShapeElementProperties"];
                };
                createImage?: {
                    objectId?: string;
                    /** @description Publicly reachable image URL (PNG, JPEG or GIF). */
                    url?: string;
                    elementProperties?: components["schemas"]["BatchUpdatePresentationRequestRequestsItemCreateShapeElementProperties"];
                };
                deleteObject?: {
                    /** @description Page or page element to remove. */
                    objectId?: string;
                };
                replaceAllText?: {
                    containsText?: {
                        text?: string;
                        matchCase?: boolean;
                    };
                    replaceText?: string;
                    /** @description Limit the replacement to these pages. */
                    pageObjectIds?: string[];
                };
                updateTextStyle?: {
                    objectId?: string;
                    textRange?: {
                        /** @enum {string} */
                        type?: "FIXED_RANGE" | "FROM_START_INDEX" | "ALL";
                        startIndex?: number;
                        endIndex?: number;
                    };
                    style?: {
                        bold?: boolean;
                        italic?: boolean;
                        underline?: boolean;
                        fontFamily?: string;
                        fontSize?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
                        link?: {
                            url?: string;
                        };
                    };
                    /** @description Field mask of the style properties to change, e.g. bold,fontSize. */
                    fields?: string;
                };
                duplicateObject?: Record<string, unknown>;
                updatePageElementTransform?: Record<string, unknown>;
                updateSlidesPosition?: Record<string, unknown>;
                createTable?: Record<string, unknown>;
                updateShapeProperties?: Record<string, unknown>;
            }[];
            /** @description Fail the batch when the presentation changed since this revision. */
            writeControl?: {
                requiredRevisionId?: string;
            };
        };
        BatchUpdatePresentationRequestRequestsItemCreateShapeElementProperties: {
            /** @description Slide the element goes on. */
            pageObjectId?: string;
            size?: {
                width?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
                height?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
            };
            transform?: {
                scaleX?: number;
                scaleY?: number;
                shearX?: number;
                shearY?: number;
                translateX?: number;
                translateY?: number;
                /** @enum {string} */
                unit?: "EMU" | "PT";
            };
        };
        BatchUpdatePresentationResponse: {
            presentationId?: string;
            /** @description One reply per request in the same order; create requests answer with the new objectId. */
            replies?: Record<string, unknown>[];
            writeControl?: {
                requiredRevisionId?: string;
            };
        };
        CreatePresentationRequest: {
            /** @description Title of the new presentation. */
            title?: string;
            /** @description Optional id to give the presentation; generated when left out. */
            presentationId?: string;
            /** @description IETF language tag such as en-US. */
            locale?: string;
            pageSize?: {
                width?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
                height?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
            };
        };
        CreatePresentationRequestPageSizeWidth: {
            magnitude?: number;
            /** @enum {string} */
            unit?: "EMU" | "PT";
        };
        CreatePresentationResponse: {
            presentationId?: string;
            title?: string;
            locale?: string;
            revisionId?: string;
            pageSize?: {
                width?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
                height?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
            };
            slides?: components["schemas"]["CreatePresentationResponsePage"][];
            masters?: components["schemas"]["CreatePresentationResponsePage"][];
            layouts?: components["schemas"]["CreatePresentationResponsePage"][];
            notesMaster?: components["schemas"]["CreatePresentationResponsePage"];
        };
        CreatePresentationResponsePage: {
            objectId?: string;
            /** @enum {string} */
            pageType?: "SLIDE" | "MASTER" | "LAYOUT" | "NOTES" | "NOTES_MASTER";
            revisionId?: string;
            /** @description Shapes, images, tables, lines, videos and groups on the page. */
            pageElements?: {
                objectId?: string;
                size?: Record<string, unknown>;
                transform?: Record<string, unknown>;
                shape?: Record<string, unknown>;
                image?: Record<string, unknown>;
                table?: Record<string, unknown>;
                line?: Record<string, unknown>;
                video?: Record<string, unknown>;
                elementGroup?: Record<string, unknown>;
            }[];
            slideProperties?: {
                layoutObjectId?: string;
                masterObjectId?: string;
                notesPage?: Record<string, unknown>;
            };
            pageProperties?: Record<string, unknown>;
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
        GetPageResponse: components["schemas"]["GetPageResponsePage"];
        GetPageResponsePage: {
            objectId?: string;
            pageType?: string;
            revisionId?: string;
            pageElements?: Record<string, unknown>[];
            slideProperties?: Record<string, unknown>;
            pageProperties?: Record<string, unknown>;
        };
        GetPageThumbnailResponse: {
            width?: number;
            height?: number;
            /** @description Short-lived link to the PNG. */
            contentUrl?: string;
        };
        GetPresentationResponse: {
            presentationId?: string;
            title?: string;
            locale?: string;
            revisionId?: string;
            pageSize?: {
                width?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
                height?: components["schemas"]["CreatePresentationRequestPageSizeWidth"];
            };
            slides?: components["schemas"]["GetPresentationResponsePage"][];
            masters?: components["schemas"]["GetPresentationResponsePage"][];
            layouts?: components["schemas"]["GetPresentationResponsePage"][];
            notesMaster?: components["schemas"]["GetPresentationResponsePage"];
        };
        GetPresentationResponsePage: {
            objectId?: string;
            /** @enum {string} */
            pageType?: "SLIDE" | "MASTER" | "LAYOUT" | "NOTES" | "NOTES_MASTER";
            revisionId?: string;
            /** @description Shapes, images, tables, lines, videos and groups on the page. */
            pageElements?: {
                objectId?: string;
                size?: Record<string, unknown>;
                transform?: Record<string, unknown>;
                shape?: Record<string, unknown>;
                image?: Record<string, unknown>;
                table?: Record<string, unknown>;
                line?: Record<string, unknown>;
                video?: Record<string, unknown>;
                elementGroup?: Record<string, unknown>;
            }[];
            slideProperties?: {
                layoutObjectId?: string;
                masterObjectId?: string;
                notesPage?: Record<string, unknown>;
            };
            pageProperties?: Record<string, unknown>;
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
        /** @description Id of the Google Slides connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createPresentation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Slides connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "My Presentation"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePresentationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePresentationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPresentation: {
        parameters: {
            query?: {
                /** @description Partial-response selector, e.g. slides(objectId,pageElements(objectId,shape/text)). */
                fields?: string;
            };
            header?: {
                /** @description Id of the Google Slides connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the presentation (the long id in its URL). */
                presentationId: string;
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
                    "application/json": components["schemas"]["GetPresentationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Slides connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the presentation (the long id in its URL). */
                presentationId: string;
                /** @description Object id of the slide or other page. */
                pageId: string;
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
                    "application/json": components["schemas"]["GetPageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPageThumbnail: {
        parameters: {
            query?: {
                /** @description Image format. */
                "thumbnailProperties.mimeType"?: "PNG";
                /** @description Rendered width - LARGE 1600, MEDIUM 800, SMALL 200 pixels. */
                "thumbnailProperties.thumbnailSize"?: "THUMBNAIL_SIZE_UNSPECIFIED" | "LARGE" | "MEDIUM" | "SMALL";
            };
            header?: {
                /** @description Id of the Google Slides connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the presentation (the long id in its URL). */
                presentationId: string;
                /** @description Object id of the slide or other page. */
                pageId: string;
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
                    "application/json": components["schemas"]["GetPageThumbnailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpdatePresentation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Slides connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the presentation (the long id in its URL). */
                presentationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requests": [
                 *         {
                 *           "createSlide": {
                 *             "objectId": "slide_001",
                 *             "slideLayoutReference": {
                 *               "predefinedLayout": "TITLE_AND_BODY"
                 *             }
                 *           }
                 *         },
                 *         {
                 *           "createShape": {
                 *             "objectId": "shape_001",
                 *             "shapeType": "TEXT_BOX",
                 *             "elementProperties": {
                 *               "pageObjectId": "slide_001",
                 *               "size": {
                 *                 "width": {
                 *                   "magnitude": 300,
                 *                   "unit": "PT"
                 *                 },
                 *                 "height": {
                 *                   "magnitude": 100,
                 *                   "unit": "PT"
                 *                 }
                 *               },
                 *               "transform": {
                 *                 "scaleX": 1,
                 *                 "scaleY": 1,
                 *                 "translateX": 100,
                 *                 "translateY": 100,
                 *                 "unit": "PT"
                 *               }
                 *             }
                 *           }
                 *         },
                 *         {
                 *           "insertText": {
                 *             "objectId": "shape_001",
                 *             "text": "Hello, World!",
                 *             "insertionIndex": 0
                 *           }
                 *         },
                 *         {
                 *           "replaceAllText": {
                 *             "containsText": {
                 *               "text": "{{placeholder}}",
                 *               "matchCase": true
                 *             },
                 *             "replaceText": "Actual Value"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchUpdatePresentationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpdatePresentationResponse"];
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
