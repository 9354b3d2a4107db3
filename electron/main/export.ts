/** File › Export…: a report of what the window shows, in the format the reader picks, saved where they choose. */
import { basename, extname } from 'node:path';
import { BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import type { Comparison } from '../../engine/types';
import { REPORT_FORMATS, type ExportRequest, type ExportResult, type ReportComparison, type ReportFormat } from '../contract';
import { writeFileAtomic } from './atomic-file';
import { FORMAT_INFO, formatFromFileName, PDF_OPTIONS, streamReport, type PdfPrinter, type ReportInput } from '../../report/index';

/**
 * Largest HTML the PDF printer takes: it loads the report as a data: URL, Chromium refuses URLs over
 * 2 MiB (kMaxURLChars in Chromium's url/url_constants.h), and base64 makes the HTML a third longer.
 */
const MAX_PDF_HTML_BYTES = 1_500_000;

/**
 * Prints HTML to PDF in a hidden window of its own: sandboxed, JavaScript off, no preload, so the
 * report's (escaped) article text can do nothing but be laid out.
 */
export const printWithElectron: PdfPrinter = async (html) => {
  const bytes = Buffer.from(html, 'utf8');
  if (bytes.length > MAX_PDF_HTML_BYTES) {
    throw new Error('This report is too large to print to PDF. Export it as HTML and print that from a browser instead.');
  }
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      // https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      // The report is static: nothing in it needs to run.
      javascript: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#10-do-not-use-enableblinkfeatures
      // As in the main window: middle-click could open a link in a new window (the report has none).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      spellcheck: false,
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${bytes.toString('base64')}`);
    const pdf = await win.webContents.printToPDF({
      printBackground: PDF_OPTIONS.printBackground,
      preferCSSPageSize: PDF_OPTIONS.preferCSSPageSize,
      pageSize: PDF_OPTIONS.format,
    });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
};

function saveOptions(format: ReportFormat): SaveDialogOptions {
  const order = [format, ...REPORT_FORMATS.filter((f) => f !== format)];
  return {
    title: 'Export report',
    buttonLabel: 'Export',
    defaultPath: `parallax-report.${FORMAT_INFO[format].extension}`,
    // The format is chosen by the file type (or the extension typed); the requested one comes first.
    filters: order.map((f) => ({ name: FORMAT_INFO[f].label, extensions: f === 'html' ? ['html', 'htm'] : f === 'md' ? ['md', 'markdown'] : [FORMAT_INFO[f].extension] })),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The comparison as the report formats take it: the per-sentence tokens they never read stay empty. */
function asComparison(report: ReportComparison): Comparison {
  return { ...report, articles: report.articles.map((a) => ({ ...a, sentences: a.sentences.map((s) => ({ ...s, tokens: [] })) })) };
}

/**
 * The report's input from what the window shows: its comparison and article texts, each article with
 * the file main loaded it from (`fileOf`; the page never names a path). Throws when the page sends an
 * article main never opened.
 */
export function reportFromWindow(request: ExportRequest, fileOf: (id: string) => string | undefined, now: Date = new Date()): ReportInput {
  const articles = request.articles.map((article) => {
    const file = fileOf(article.id);
    if (!file) throw new Error(`Nothing was exported: ${article.name} is not an article Parallax opened.`);
    return { ...article, file };
  });
  return {
    comparison: asComparison(request.comparison),
    articles,
    errors: [],
    generatedAt: now.toISOString(),
    ...(request.categories ? { categories: request.categories } : {}),
  };
}

/**
 * Shows the Save dialog, then writes `report` (what the window shows, see reportFromWindow) in the
 * format of the chosen file's extension, else `format`. Nothing is read or analysed again: the report
 * is what the reader sees. Null when the reader cancels. Throws an Error with a reader-facing message
 * when the report cannot be made or written; nothing partial is left behind.
 */
export async function exportReport(
  win: BrowserWindow | null,
  report: ReportInput,
  format: ReportFormat,
  print: PdfPrinter = printWithElectron,
): Promise<ExportResult | null> {
  if (report.articles.length === 0) throw new Error('There is nothing to export: open some articles first.');
  const options = saveOptions(format);
  // The window may have closed while the page asked; the dialog then stands on its own.
  const parent = win && !win.isDestroyed() ? win : null;
  const picked = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (picked.canceled || !picked.filePath) return null;
  let file = picked.filePath;
  const chosen = formatFromFileName(basename(file));
  if (!chosen && extname(file) === '') file = `${file}.${FORMAT_INFO[format].extension}`;
  const data = await streamReport(chosen ?? format, report, print);
  await writeFileAtomic(file, data);
  return { file };
}
