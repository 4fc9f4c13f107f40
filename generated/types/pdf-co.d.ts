// Generated from providers/pdf-co.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/ai-invoice-parser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read vendor, customer, dates, totals and line items from an invoice with AI; runs as a job to poll. */
        post: operations["parseInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/barcode/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draw a barcode or QR code image for a value. */
        post: operations["generateBarcode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/barcode/read/from/url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find and decode the barcodes in an image or PDF. */
        post: operations["readBarcodesFromUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/job/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask how a background job is doing and, once done, where its output is. */
        post: operations["checkJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/from/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render HTML markup into a PDF. */
        post: operations["convertHtmlToPdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/from/url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Load a web page and save it as a PDF. */
        post: operations["convertUrlToPdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/to/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull the tables of a PDF out as CSV. */
        post: operations["convertPdfToCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/to/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert a PDF into an HTML page, either rich (layout kept) or simplified. */
        post: operations["convertPdfToHtml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/to/jpg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render PDF pages as JPEG images, one file per page. */
        post: operations["convertPdfToJpg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/to/json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert a PDF into JSON describing its text objects, tables and positions. */
        post: operations["convertPdfToJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/to/png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render PDF pages as PNG images, one file per page. */
        post: operations["convertPdfToPng"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/to/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extract the text of a PDF (or a scanned image with OCR), keeping the layout where possible. */
        post: operations["convertPdfToText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/convert/to/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert a PDF's tables into an Excel workbook. */
        post: operations["convertPdfToXlsx"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/documentparser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extract fields and tables from a document with a Document Parser template. */
        post: operations["parseDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/edit/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stamp text, images, links or fillable fields onto PDF pages. */
        post: operations["addToPdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/edit/delete-pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove the listed pages from a PDF. */
        post: operations["deletePdfPages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/edit/delete-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find text in a PDF and erase it. */
        post: operations["deletePdfText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/edit/replace-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find text in a PDF and put other text in its place. */
        post: operations["replacePdfText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a PDF's page count, page size, metadata, encryption and form details. */
        post: operations["getPdfInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join several PDFs, in the order given, into one. */
        post: operations["mergePdfs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/security/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Encrypt a PDF with owner and user passwords and choose what readers may do. */
        post: operations["addPdfPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/security/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decrypt a protected PDF given its password. */
        post: operations["removePdfPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pdf/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cut a PDF into several files by page ranges. */
        post: operations["splitPdf"];
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
        AddPdfPasswordRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description Password that unlocks every permission. */
            ownerPassword?: string;
            /** @description Password needed to open the document. */
            userPassword?: string;
            /**
             * @default AES_128bit
             * @enum {string}
             */
            EncryptionAlgorithm?: "RC4_40bit" | "RC4_128bit" | "AES_128bit" | "AES_256bit";
            AllowPrintDocument?: boolean;
            AllowFillForms?: boolean;
            AllowModifyDocument?: boolean;
            AllowContentExtraction?: boolean;
            AllowModifyAnnotations?: boolean;
            AllowAccessibilitySupport?: boolean;
            AllowAssemblyDocument?: boolean;
            /** @enum {string} */
            PrintQuality?: "HighResolution" | "LowResolution";
            /** @description File name of the output. */
            name?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        AddPdfPasswordResponse: components["schemas"]["ConvertPdfToTextResponse"];
        AddToPdfRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            annotations?: {
                text?: string;
                x?: number;
                y?: number;
                /** @description Font size in points. */
                size?: number;
                pages?: string;
                /** @description Hex colour, e.g. #FF0000. */
                color?: string;
                fontName?: string;
                fontBold?: boolean;
                fontItalic?: boolean;
                link?: string;
                width?: number;
                height?: number;
                /** @enum {string} */
                alignment?: "left" | "center" | "right";
            }[];
            images?: {
                url?: string;
                x?: number;
                y?: number;
                width?: number;
                height?: number;
                pages?: string;
                link?: string;
            }[];
            /** @description Form fields to fill by field name. */
            fields?: Record<string, unknown>[];
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        AddToPdfResponse: components["schemas"]["ConvertPdfToTextResponse"];
        CheckJobRequest: {
            jobId: string;
            /** @description Return the output even if it is still being produced. */
            force?: boolean;
        };
        CheckJobResponse: {
            /** @enum {string} */
            status?: "working" | "success" | "failed" | "aborted" | "unknown";
            message?: string;
            url?: string;
            /** @description Result data for jobs that return it inline (such as the invoice parser). */
            body?: unknown;
            credits?: number;
            remainingCredits?: number;
            duration?: number;
        };
        ConvertHtmlToPdfRequest: {
            /** @description The HTML to render. */
            html: string;
            /** @description File name of the output. */
            name?: string;
            /**
             * @description Letter, Legal, Tabloid, Ledger, A0–A6, or a custom size such as 200 300 (points).
             * @default Letter
             */
            paperSize?: string;
            /**
             * @default Portrait
             * @enum {string}
             */
            orientation?: "Portrait" | "Landscape";
            /** @description CSS-style margins, e.g. 10px 20px. */
            margins?: string;
            /** @default true */
            printBackground?: boolean;
            /**
             * @default print
             * @enum {string}
             */
            mediaType?: "print" | "screen" | "none";
            /** @description HTML for the page header. */
            header?: string;
            /** @description HTML for the page footer. */
            footer?: string;
            DoNotWaitFullLoad?: boolean;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ConvertHtmlToPdfResponse: components["schemas"]["ConvertPdfToTextResponse"];
        ConvertPdfToCsvRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            inline?: components["schemas"]["ConvertPdfToTextRequestInline"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            lang?: components["schemas"]["ConvertPdfToTextRequestLang"];
            /** @description Area to read, as x y width height in points. */
            rect?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ConvertPdfToCsvResponse: components["schemas"]["ConvertPdfToTextResponse"];
        ConvertPdfToHtmlRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            /** @description File name of the output. */
            name?: string;
            inline?: components["schemas"]["ConvertPdfToTextRequestInline"];
            /**
             * @description Produce plain HTML without absolute positioning.
             * @default false
             */
            simple?: boolean;
            /**
             * @description Lay out text in columns (with simple).
             * @default false
             */
            columns?: boolean;
            /** @description Password of a protected input PDF. */
            password?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ConvertPdfToHtmlResponse: components["schemas"]["ConvertPdfToTextResponse"];
        ConvertPdfToJpgRequest: components["schemas"]["ConvertPdfToPngRequest"];
        ConvertPdfToJpgResponse: components["schemas"]["ConvertPdfToPngResponse"];
        ConvertPdfToJsonRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            inline?: components["schemas"]["ConvertPdfToTextRequestInline"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            lang?: components["schemas"]["ConvertPdfToTextRequestLang"];
            /** @description Area to read, as x y width height in points. */
            rect?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ConvertPdfToJsonResponse: components["schemas"]["ConvertPdfToTextResponse"];
        ConvertPdfToPngRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            /** @description Area to read, as x y width height in points. */
            rect?: string;
            inline?: components["schemas"]["ConvertPdfToTextRequestInline"];
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ConvertPdfToPngResponse: {
            /** @description One link per output file. */
            urls?: string[];
            pageCount?: number;
            jobId?: string;
            error?: boolean;
            status?: number;
            message?: string;
            credits?: number;
            remainingCredits?: number;
            duration?: number;
        };
        ConvertPdfToTextRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            inline?: components["schemas"]["ConvertPdfToTextRequestInline"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            lang?: components["schemas"]["ConvertPdfToTextRequestLang"];
            /** @description Join lines that belong to one paragraph. */
            unwrap?: boolean;
            /** @description Area to read, as x y width height in points. */
            rect?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        /**
         * @description Minutes the output file is kept.
         * @default 60
         */
        ConvertPdfToTextRequestExpiration: number;
        /**
         * @description Put the output in the answer's body field instead of a link.
         * @default false
         */
        ConvertPdfToTextRequestInline: boolean;
        /**
         * @description OCR language(s) for scanned pages, e.g. eng or eng+deu.
         * @default eng
         */
        ConvertPdfToTextRequestLang: string;
        /** @description Pages to process, 0-based: 0, 0-2, 3-, 0,2,4; all pages when empty. */
        ConvertPdfToTextRequestPages: string;
        ConvertPdfToTextResponse: {
            /** @description The converted content when inline is true. */
            body?: unknown;
            /** @description Link to the output file. */
            url?: string;
            pageCount?: number;
            name?: string;
            jobId?: string;
            error?: boolean;
            status?: number;
            message?: string;
            credits?: number;
            remainingCredits?: number;
            duration?: number;
        };
        ConvertPdfToXlsxRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            lang?: components["schemas"]["ConvertPdfToTextRequestLang"];
            /** @description Area to read, as x y width height in points. */
            rect?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ConvertPdfToXlsxResponse: components["schemas"]["ConvertPdfToTextResponse"];
        ConvertUrlToPdfRequest: {
            /** @description Address of the web page. */
            url: string;
            /** @description File name of the output. */
            name?: string;
            /** @default Letter */
            paperSize?: string;
            /**
             * @default Portrait
             * @enum {string}
             */
            orientation?: "Portrait" | "Landscape";
            margins?: string;
            /** @default true */
            printBackground?: boolean;
            /**
             * @default print
             * @enum {string}
             */
            mediaType?: "print" | "screen" | "none";
            header?: string;
            footer?: string;
            DoNotWaitFullLoad?: boolean;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ConvertUrlToPdfResponse: components["schemas"]["ConvertPdfToTextResponse"];
        DeletePdfPagesRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description Pages to remove, 0-based, e.g. 2,4,6 or 0-2. */
            pages: string;
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        DeletePdfPagesResponse: components["schemas"]["ConvertPdfToTextResponse"];
        DeletePdfTextRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            searchString?: string;
            searchStrings?: string[];
            /** @default true */
            caseSensitive?: boolean;
            /** @default false */
            regex?: boolean;
            /** @default 0 */
            replacementLimit?: number;
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        DeletePdfTextResponse: components["schemas"]["ConvertPdfToTextResponse"];
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
        GenerateBarcodeRequest: {
            /** @description The data to encode. */
            value: string;
            /**
             * @description Symbology such as QRCode, Code128, Code39, EAN13, UPCA, DataMatrix or PDF417.
             * @default QRCode
             */
            type?: string;
            /** @description File name of the output. */
            name?: string;
            inline?: components["schemas"]["ConvertPdfToTextRequestInline"];
            /** @description Link to a logo to place in the middle of a QR code. */
            decorationImage?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        GenerateBarcodeResponse: components["schemas"]["ConvertPdfToTextResponse"];
        GetPdfInfoRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description Password of a protected input PDF. */
            password?: string;
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        /**
         * @description Run as a background job and answer with a jobId.
         * @default false
         */
        GetPdfInfoRequestAsync: boolean;
        /** @description Address of the input file (http(s) or a PDF.co temporary file URL). */
        GetPdfInfoRequestUrl: string;
        GetPdfInfoResponse: {
            info?: {
                PageCount?: number;
                Author?: string;
                Title?: string;
                Producer?: string;
                Subject?: string;
                Keywords?: string;
                Creator?: string;
                CreationDate?: string;
                ModificationDate?: string;
                Bookmarks?: string;
                Encrypted?: boolean;
                PasswordProtected?: boolean;
                PageRectangle?: Record<string, unknown>;
                CustomProperties?: Record<string, unknown>;
            };
            error?: boolean;
            status?: number;
            credits?: number;
            remainingCredits?: number;
        };
        MergePdfsRequest: {
            /** @description Comma-separated links to the PDFs to join. */
            url: string;
            /** @description File name of the output. */
            name?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        MergePdfsResponse: components["schemas"]["ConvertPdfToTextResponse"];
        ParseDocumentRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description Id of a template made in PDF.co's Document Parser editor. */
            templateId?: string;
            /** @description The template itself (YAML or JSON text) instead of templateId. */
            template?: string;
            /**
             * @default JSON
             * @enum {string}
             */
            outputFormat?: "JSON" | "YAML" | "XML" | "CSV";
            generateCsvHeaders?: boolean;
            inline?: components["schemas"]["ConvertPdfToTextRequestInline"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ParseDocumentResponse: components["schemas"]["ConvertPdfToTextResponse"];
        ParseInvoiceRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description Address PDF.co calls when the job finishes. */
            callback?: string;
            /** @description Extra field names to look for, comma-separated. */
            customfield?: string;
        };
        ParseInvoiceResponse: {
            jobId?: string;
            status?: string;
            error?: boolean;
            message?: string;
            credits?: number;
            remainingCredits?: number;
        };
        ReadBarcodesFromUrlRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description Comma-separated symbologies to look for, e.g. QRCode,Code128,EAN13. */
            types?: string;
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ReadBarcodesFromUrlResponse: {
            barcodes?: {
                Value?: string;
                RawData?: string;
                Type?: number;
                TypeName?: string;
                Rect?: string;
                Page?: number;
                Confidence?: number;
            }[];
            pageCount?: number;
            error?: boolean;
            status?: number;
            credits?: number;
            remainingCredits?: number;
        };
        RemovePdfPasswordRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description Password of a protected input PDF. */
            password?: string;
            /** @description File name of the output. */
            name?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        RemovePdfPasswordResponse: components["schemas"]["ConvertPdfToTextResponse"];
        ReplacePdfTextRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            searchString?: string;
            replaceString?: string;
            /** @description Several strings to find (pairs with replaceStrings). */
            searchStrings?: string[];
            replaceStrings?: string[];
            /** @default true */
            caseSensitive?: boolean;
            /**
             * @description Treat searchString as a regular expression.
             * @default false
             */
            regex?: boolean;
            /**
             * @description Most replacements to make; 0 means all.
             * @default 0
             */
            replacementLimit?: number;
            pages?: components["schemas"]["ConvertPdfToTextRequestPages"];
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        ReplacePdfTextResponse: components["schemas"]["ConvertPdfToTextResponse"];
        SplitPdfRequest: {
            url: components["schemas"]["GetPdfInfoRequestUrl"];
            /** @description Ranges, each becoming one file: 1-3,4-6,7- (split counts pages from 1); empty splits into single pages. */
            pages?: string;
            /** @description File name of the output. */
            name?: string;
            /** @description Password of a protected input PDF. */
            password?: string;
            expiration?: components["schemas"]["ConvertPdfToTextRequestExpiration"];
            async?: components["schemas"]["GetPdfInfoRequestAsync"];
            /** @description Extra engine settings as JSON text. */
            profiles?: string;
        };
        SplitPdfResponse: components["schemas"]["ConvertPdfToPngResponse"];
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
        /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    parseInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/invoice.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["ParseInvoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParseInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    generateBarcode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": "1234567890",
                 *       "type": "QRCode",
                 *       "name": "barcode.png"
                 *     }
                 */
                "application/json": components["schemas"]["GenerateBarcodeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateBarcodeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    readBarcodesFromUrl: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/barcode.png",
                 *       "types": "QRCode,Code128,Code39,EAN13,UPCA"
                 *     }
                 */
                "application/json": components["schemas"]["ReadBarcodesFromUrlRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadBarcodesFromUrlResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    checkJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "jobId": "abc123"
                 *     }
                 */
                "application/json": components["schemas"]["CheckJobRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckJobResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertHtmlToPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "html": "<html><body><h1>Hello World</h1></body></html>",
                 *       "name": "output.pdf",
                 *       "paperSize": "Letter",
                 *       "orientation": "Portrait"
                 *     }
                 */
                "application/json": components["schemas"]["ConvertHtmlToPdfRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertHtmlToPdfResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertUrlToPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com",
                 *       "name": "webpage.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["ConvertUrlToPdfRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertUrlToPdfResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertPdfToCsv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "pages": "0-",
                 *       "inline": true
                 *     }
                 */
                "application/json": components["schemas"]["ConvertPdfToCsvRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertPdfToCsvResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertPdfToHtml: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "name": "output.html"
                 *     }
                 */
                "application/json": components["schemas"]["ConvertPdfToHtmlRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertPdfToHtmlResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertPdfToJpg: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "pages": "0",
                 *       "name": "page.jpg"
                 *     }
                 */
                "application/json": components["schemas"]["ConvertPdfToJpgRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertPdfToJpgResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertPdfToJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "inline": true
                 *     }
                 */
                "application/json": components["schemas"]["ConvertPdfToJsonRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertPdfToJsonResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertPdfToPng: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "pages": "0",
                 *       "name": "page.png"
                 *     }
                 */
                "application/json": components["schemas"]["ConvertPdfToPngRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertPdfToPngResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertPdfToText: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "pages": "0-",
                 *       "inline": true
                 *     }
                 */
                "application/json": components["schemas"]["ConvertPdfToTextRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertPdfToTextResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    convertPdfToXlsx: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "name": "output.xlsx"
                 *     }
                 */
                "application/json": components["schemas"]["ConvertPdfToXlsxRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertPdfToXlsxResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    parseDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "templateId": "your-template-id"
                 *     }
                 */
                "application/json": components["schemas"]["ParseDocumentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParseDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addToPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "name": "annotated.pdf",
                 *       "annotations": [
                 *         {
                 *           "text": "CONFIDENTIAL",
                 *           "x": 100,
                 *           "y": 100,
                 *           "size": 24,
                 *           "pages": "0-"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddToPdfRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddToPdfResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePdfPages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "pages": "2,4,6"
                 *     }
                 */
                "application/json": components["schemas"]["DeletePdfPagesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletePdfPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePdfText: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "searchString": "text to remove"
                 *     }
                 */
                "application/json": components["schemas"]["DeletePdfTextRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletePdfTextResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replacePdfText: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "searchString": "old text",
                 *       "replaceString": "new text"
                 *     }
                 */
                "application/json": components["schemas"]["ReplacePdfTextRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplacePdfTextResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPdfInfo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["GetPdfInfoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPdfInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    mergePdfs: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/doc1.pdf,https://example.com/doc2.pdf",
                 *       "name": "merged.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["MergePdfsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergePdfsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addPdfPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "ownerPassword": "owner123",
                 *       "userPassword": "user456"
                 *     }
                 */
                "application/json": components["schemas"]["AddPdfPasswordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddPdfPasswordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removePdfPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "password": "currentpassword"
                 *     }
                 */
                "application/json": components["schemas"]["RemovePdfPasswordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemovePdfPasswordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    splitPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PDF.co connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/document.pdf",
                 *       "pages": "1-3,4-6,7-"
                 *     }
                 */
                "application/json": components["schemas"]["SplitPdfRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SplitPdfResponse"];
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
