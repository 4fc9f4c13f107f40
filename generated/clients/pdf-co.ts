// Generated from providers/pdf-co.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/pdf-co.js';

/**
 * PDF.co through the Switchboard gateway: PDF conversion, merging, splitting, editing, password protection, text and data extraction, and barcode generation and reading.
 */
export interface PdfCoClient {
    /**
     * Read a PDF's page count, page size, metadata, encryption and form details.
     *
     * `POST /v1/pdf/info`
     */
    getPdfInfo(args: Args<operations["getPdfInfo"]>, options?: CallOptions): Promise<Result<Data<operations["getPdfInfo"]>>>;
    /**
     * Extract the text of a PDF (or a scanned image with OCR), keeping the layout where possible.
     *
     * `POST /v1/pdf/convert/to/text`
     */
    convertPdfToText(args: Args<operations["convertPdfToText"]>, options?: CallOptions): Promise<Result<Data<operations["convertPdfToText"]>>>;
    /**
     * Pull the tables of a PDF out as CSV.
     *
     * `POST /v1/pdf/convert/to/csv`
     */
    convertPdfToCsv(args: Args<operations["convertPdfToCsv"]>, options?: CallOptions): Promise<Result<Data<operations["convertPdfToCsv"]>>>;
    /**
     * Convert a PDF into JSON describing its text objects, tables and positions.
     *
     * `POST /v1/pdf/convert/to/json`
     */
    convertPdfToJson(args: Args<operations["convertPdfToJson"]>, options?: CallOptions): Promise<Result<Data<operations["convertPdfToJson"]>>>;
    /**
     * Convert a PDF into an HTML page, either rich (layout kept) or simplified.
     *
     * `POST /v1/pdf/convert/to/html`
     */
    convertPdfToHtml(args: Args<operations["convertPdfToHtml"]>, options?: CallOptions): Promise<Result<Data<operations["convertPdfToHtml"]>>>;
    /**
     * Convert a PDF's tables into an Excel workbook.
     *
     * `POST /v1/pdf/convert/to/xlsx`
     */
    convertPdfToXlsx(args: Args<operations["convertPdfToXlsx"]>, options?: CallOptions): Promise<Result<Data<operations["convertPdfToXlsx"]>>>;
    /**
     * Render PDF pages as PNG images, one file per page.
     *
     * `POST /v1/pdf/convert/to/png`
     */
    convertPdfToPng(args: Args<operations["convertPdfToPng"]>, options?: CallOptions): Promise<Result<Data<operations["convertPdfToPng"]>>>;
    /**
     * Render PDF pages as JPEG images, one file per page.
     *
     * `POST /v1/pdf/convert/to/jpg`
     */
    convertPdfToJpg(args: Args<operations["convertPdfToJpg"]>, options?: CallOptions): Promise<Result<Data<operations["convertPdfToJpg"]>>>;
    /**
     * Render HTML markup into a PDF.
     *
     * `POST /v1/pdf/convert/from/html`
     */
    convertHtmlToPdf(args: Args<operations["convertHtmlToPdf"]>, options?: CallOptions): Promise<Result<Data<operations["convertHtmlToPdf"]>>>;
    /**
     * Load a web page and save it as a PDF.
     *
     * `POST /v1/pdf/convert/from/url`
     */
    convertUrlToPdf(args: Args<operations["convertUrlToPdf"]>, options?: CallOptions): Promise<Result<Data<operations["convertUrlToPdf"]>>>;
    /**
     * Join several PDFs, in the order given, into one.
     *
     * `POST /v1/pdf/merge`
     */
    mergePdfs(args: Args<operations["mergePdfs"]>, options?: CallOptions): Promise<Result<Data<operations["mergePdfs"]>>>;
    /**
     * Cut a PDF into several files by page ranges.
     *
     * `POST /v1/pdf/split`
     */
    splitPdf(args: Args<operations["splitPdf"]>, options?: CallOptions): Promise<Result<Data<operations["splitPdf"]>>>;
    /**
     * Remove the listed pages from a PDF.
     *
     * `POST /v1/pdf/edit/delete-pages`
     */
    deletePdfPages(args: Args<operations["deletePdfPages"]>, options?: CallOptions): Promise<Result<Data<operations["deletePdfPages"]>>>;
    /**
     * Stamp text, images, links or fillable fields onto PDF pages.
     *
     * `POST /v1/pdf/edit/add`
     */
    addToPdf(args: Args<operations["addToPdf"]>, options?: CallOptions): Promise<Result<Data<operations["addToPdf"]>>>;
    /**
     * Find text in a PDF and put other text in its place.
     *
     * `POST /v1/pdf/edit/replace-text`
     */
    replacePdfText(args: Args<operations["replacePdfText"]>, options?: CallOptions): Promise<Result<Data<operations["replacePdfText"]>>>;
    /**
     * Find text in a PDF and erase it.
     *
     * `POST /v1/pdf/edit/delete-text`
     */
    deletePdfText(args: Args<operations["deletePdfText"]>, options?: CallOptions): Promise<Result<Data<operations["deletePdfText"]>>>;
    /**
     * Encrypt a PDF with owner and user passwords and choose what readers may do.
     *
     * `POST /v1/pdf/security/add`
     */
    addPdfPassword(args: Args<operations["addPdfPassword"]>, options?: CallOptions): Promise<Result<Data<operations["addPdfPassword"]>>>;
    /**
     * Decrypt a protected PDF given its password.
     *
     * `POST /v1/pdf/security/remove`
     */
    removePdfPassword(args: Args<operations["removePdfPassword"]>, options?: CallOptions): Promise<Result<Data<operations["removePdfPassword"]>>>;
    /**
     * Read vendor, customer, dates, totals and line items from an invoice with AI; runs as a job to poll.
     *
     * `POST /v1/ai-invoice-parser`
     */
    parseInvoice(args: Args<operations["parseInvoice"]>, options?: CallOptions): Promise<Result<Data<operations["parseInvoice"]>>>;
    /**
     * Extract fields and tables from a document with a Document Parser template.
     *
     * `POST /v1/pdf/documentparser`
     */
    parseDocument(args: Args<operations["parseDocument"]>, options?: CallOptions): Promise<Result<Data<operations["parseDocument"]>>>;
    /**
     * Draw a barcode or QR code image for a value.
     *
     * `POST /v1/barcode/generate`
     */
    generateBarcode(args: Args<operations["generateBarcode"]>, options?: CallOptions): Promise<Result<Data<operations["generateBarcode"]>>>;
    /**
     * Find and decode the barcodes in an image or PDF.
     *
     * `POST /v1/barcode/read/from/url`
     */
    readBarcodesFromUrl(args: Args<operations["readBarcodesFromUrl"]>, options?: CallOptions): Promise<Result<Data<operations["readBarcodesFromUrl"]>>>;
    /**
     * Ask how a background job is doing and, once done, where its output is.
     *
     * `POST /v1/job/check`
     */
    checkJob(args: Args<operations["checkJob"]>, options?: CallOptions): Promise<Result<Data<operations["checkJob"]>>>;
}

const routes = {
    getPdfInfo: {"method":"POST","path":"/v1/pdf/info","body":"application/json"},
    convertPdfToText: {"method":"POST","path":"/v1/pdf/convert/to/text","body":"application/json"},
    convertPdfToCsv: {"method":"POST","path":"/v1/pdf/convert/to/csv","body":"application/json"},
    convertPdfToJson: {"method":"POST","path":"/v1/pdf/convert/to/json","body":"application/json"},
    convertPdfToHtml: {"method":"POST","path":"/v1/pdf/convert/to/html","body":"application/json"},
    convertPdfToXlsx: {"method":"POST","path":"/v1/pdf/convert/to/xlsx","body":"application/json"},
    convertPdfToPng: {"method":"POST","path":"/v1/pdf/convert/to/png","body":"application/json"},
    convertPdfToJpg: {"method":"POST","path":"/v1/pdf/convert/to/jpg","body":"application/json"},
    convertHtmlToPdf: {"method":"POST","path":"/v1/pdf/convert/from/html","body":"application/json"},
    convertUrlToPdf: {"method":"POST","path":"/v1/pdf/convert/from/url","body":"application/json"},
    mergePdfs: {"method":"POST","path":"/v1/pdf/merge","body":"application/json"},
    splitPdf: {"method":"POST","path":"/v1/pdf/split","body":"application/json"},
    deletePdfPages: {"method":"POST","path":"/v1/pdf/edit/delete-pages","body":"application/json"},
    addToPdf: {"method":"POST","path":"/v1/pdf/edit/add","body":"application/json"},
    replacePdfText: {"method":"POST","path":"/v1/pdf/edit/replace-text","body":"application/json"},
    deletePdfText: {"method":"POST","path":"/v1/pdf/edit/delete-text","body":"application/json"},
    addPdfPassword: {"method":"POST","path":"/v1/pdf/security/add","body":"application/json"},
    removePdfPassword: {"method":"POST","path":"/v1/pdf/security/remove","body":"application/json"},
    parseInvoice: {"method":"POST","path":"/v1/ai-invoice-parser","body":"application/json"},
    parseDocument: {"method":"POST","path":"/v1/pdf/documentparser","body":"application/json"},
    generateBarcode: {"method":"POST","path":"/v1/barcode/generate","body":"application/json"},
    readBarcodesFromUrl: {"method":"POST","path":"/v1/barcode/read/from/url","body":"application/json"},
    checkJob: {"method":"POST","path":"/v1/job/check","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The PDF.co client: `const api = pdfCo(new Switchboard({ baseUrl, apiKey }))`.
 */
export function pdfCo(client: Switchboard): PdfCoClient {
    const app = "pdf-co";
    return {
        getPdfInfo: (args, options) => client.call(app, routes.getPdfInfo, args, options),
        convertPdfToText: (args, options) => client.call(app, routes.convertPdfToText, args, options),
        convertPdfToCsv: (args, options) => client.call(app, routes.convertPdfToCsv, args, options),
        convertPdfToJson: (args, options) => client.call(app, routes.convertPdfToJson, args, options),
        convertPdfToHtml: (args, options) => client.call(app, routes.convertPdfToHtml, args, options),
        convertPdfToXlsx: (args, options) => client.call(app, routes.convertPdfToXlsx, args, options),
        convertPdfToPng: (args, options) => client.call(app, routes.convertPdfToPng, args, options),
        convertPdfToJpg: (args, options) => client.call(app, routes.convertPdfToJpg, args, options),
        convertHtmlToPdf: (args, options) => client.call(app, routes.convertHtmlToPdf, args, options),
        convertUrlToPdf: (args, options) => client.call(app, routes.convertUrlToPdf, args, options),
        mergePdfs: (args, options) => client.call(app, routes.mergePdfs, args, options),
        splitPdf: (args, options) => client.call(app, routes.splitPdf, args, options),
        deletePdfPages: (args, options) => client.call(app, routes.deletePdfPages, args, options),
        addToPdf: (args, options) => client.call(app, routes.addToPdf, args, options),
        replacePdfText: (args, options) => client.call(app, routes.replacePdfText, args, options),
        deletePdfText: (args, options) => client.call(app, routes.deletePdfText, args, options),
        addPdfPassword: (args, options) => client.call(app, routes.addPdfPassword, args, options),
        removePdfPassword: (args, options) => client.call(app, routes.removePdfPassword, args, options),
        parseInvoice: (args, options) => client.call(app, routes.parseInvoice, args, options),
        parseDocument: (args, options) => client.call(app, routes.parseDocument, args, options),
        generateBarcode: (args, options) => client.call(app, routes.generateBarcode, args, options),
        readBarcodesFromUrl: (args, options) => client.call(app, routes.readBarcodesFromUrl, args, options),
        checkJob: (args, options) => client.call(app, routes.checkJob, args, options),
    };
}