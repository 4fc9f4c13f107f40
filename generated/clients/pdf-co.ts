// Generated from providers/pdf-co.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/pdf-co.js';

/**
 * PDF.co through the Switchboard gateway: PDF conversion, merging, splitting, editing, password protection, text and data extraction, and barcode generation and reading.
 */
export interface PdfCoClient {
    /** Read a PDF's page count, page size, metadata, encryption and form details. `POST /v1/pdf/info` */
    getPdfInfo: Call<operations["getPdfInfo"]>;
    /** Extract the text of a PDF (or a scanned image with OCR), keeping the layout where possible. `POST /v1/pdf/convert/to/text` */
    convertPdfToText: Call<operations["convertPdfToText"]>;
    /** Pull the tables of a PDF out as CSV. `POST /v1/pdf/convert/to/csv` */
    convertPdfToCsv: Call<operations["convertPdfToCsv"]>;
    /** Convert a PDF into JSON describing its text objects, tables and positions. `POST /v1/pdf/convert/to/json` */
    convertPdfToJson: Call<operations["convertPdfToJson"]>;
    /** Convert a PDF into an HTML page, either rich (layout kept) or simplified. `POST /v1/pdf/convert/to/html` */
    convertPdfToHtml: Call<operations["convertPdfToHtml"]>;
    /** Convert a PDF's tables into an Excel workbook. `POST /v1/pdf/convert/to/xlsx` */
    convertPdfToXlsx: Call<operations["convertPdfToXlsx"]>;
    /** Render PDF pages as PNG images, one file per page. `POST /v1/pdf/convert/to/png` */
    convertPdfToPng: Call<operations["convertPdfToPng"]>;
    /** Render PDF pages as JPEG images, one file per page. `POST /v1/pdf/convert/to/jpg` */
    convertPdfToJpg: Call<operations["convertPdfToJpg"]>;
    /** Render HTML markup into a PDF. `POST /v1/pdf/convert/from/html` */
    convertHtmlToPdf: Call<operations["convertHtmlToPdf"]>;
    /** Load a web page and save it as a PDF. `POST /v1/pdf/convert/from/url` */
    convertUrlToPdf: Call<operations["convertUrlToPdf"]>;
    /** Join several PDFs, in the order given, into one. `POST /v1/pdf/merge` */
    mergePdfs: Call<operations["mergePdfs"]>;
    /** Cut a PDF into several files by page ranges. `POST /v1/pdf/split` */
    splitPdf: Call<operations["splitPdf"]>;
    /** Remove the listed pages from a PDF. `POST /v1/pdf/edit/delete-pages` */
    deletePdfPages: Call<operations["deletePdfPages"]>;
    /** Stamp text, images, links or fillable fields onto PDF pages. `POST /v1/pdf/edit/add` */
    addToPdf: Call<operations["addToPdf"]>;
    /** Find text in a PDF and put other text in its place. `POST /v1/pdf/edit/replace-text` */
    replacePdfText: Call<operations["replacePdfText"]>;
    /** Find text in a PDF and erase it. `POST /v1/pdf/edit/delete-text` */
    deletePdfText: Call<operations["deletePdfText"]>;
    /** Encrypt a PDF with owner and user passwords and choose what readers may do. `POST /v1/pdf/security/add` */
    addPdfPassword: Call<operations["addPdfPassword"]>;
    /** Decrypt a protected PDF given its password. `POST /v1/pdf/security/remove` */
    removePdfPassword: Call<operations["removePdfPassword"]>;
    /** Read vendor, customer, dates, totals and line items from an invoice with AI; runs as a job to poll. `POST /v1/ai-invoice-parser` */
    parseInvoice: Call<operations["parseInvoice"]>;
    /** Extract fields and tables from a document with a Document Parser template. `POST /v1/pdf/documentparser` */
    parseDocument: Call<operations["parseDocument"]>;
    /** Draw a barcode or QR code image for a value. `POST /v1/barcode/generate` */
    generateBarcode: Call<operations["generateBarcode"]>;
    /** Find and decode the barcodes in an image or PDF. `POST /v1/barcode/read/from/url` */
    readBarcodesFromUrl: Call<operations["readBarcodesFromUrl"]>;
    /** Ask how a background job is doing and, once done, where its output is. `POST /v1/job/check` */
    checkJob: Call<operations["checkJob"]>;
}

const routes: Routes<PdfCoClient> = {
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
};

/**
 * The PDF.co client: `const api = pdfCo(new Switchboard({ baseUrl, apiKey }))`.
 */
export const pdfCo = (sb: Switchboard): PdfCoClient => bindClient<PdfCoClient>(sb, "pdf-co", routes);
