/** Renders a report in any format from the same input. */
import type { ReportFormat } from '../contract';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { ReportInput } from './model';
import type { PdfPrinter } from './pdf';

export { buildReport, FORMAT_INFO, formatFromFileName, type ReportInput } from './model';

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
