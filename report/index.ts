/**
 * Renders a report in any format from the same input. Pure: no Node, no Electron, no DOM, so the app
 * and the CLI share it; each brings its own PDF printer.
 */
import { csvChunks, renderCsv } from './csv';
import { htmlChunks, renderHtml } from './html';
import { jsonChunks, renderJson } from './json';
import { markdownChunks, renderMarkdown } from './markdown';
import type { ReportFormat } from './format';
import type { ReportInput } from './model';

export { FORMAT_INFO, formatFromFileName, REPORT_FORMATS, type ReportFormat } from './format';
export { buildReport, type LoadedSet, type ReportInput } from './model';

/**
 * PDF reports are the HTML report printed by Chromium: Electron's printToPDF in the app, a Chromium
 * found on the machine in the CLI (cli/pdf.ts). This prints a self-contained HTML document to PDF bytes.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** Page settings both printers use: A4 with the report's own @page margins and backgrounds on. */
export const PDF_OPTIONS = { format: 'A4', printBackground: true, preferCSSPageSize: true } as const;

/** The report as text (html, md, json, csv) or PDF bytes; `print` turns the HTML into a PDF. */
export async function renderReport(format: ReportFormat, input: ReportInput, print: PdfPrinter): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderHtml(input);
    case 'md':
      return renderMarkdown(input);
    case 'json':
      return renderJson(input);
    case 'csv':
      return renderCsv(input);
    case 'pdf':
      return print(renderHtml(input));
  }
}

/**
 * The report as pieces of text to write one after another (html, md, json, csv), so that no format has
 * to fit in one string however large the set, or as PDF bytes.
 */
export async function streamReport(format: ReportFormat, input: ReportInput, print: PdfPrinter): Promise<Iterable<string> | Uint8Array> {
  switch (format) {
    case 'html':
      return htmlChunks(input);
    case 'md':
      return markdownChunks(input);
    case 'json':
      return jsonChunks(input);
    case 'csv':
      return csvChunks(input);
    case 'pdf':
      return print(renderHtml(input));
  }
}
