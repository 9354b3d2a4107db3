/** File › Export…: a report of the open articles, in the format the reader picks, saved where they choose. */
import { basename, extname } from 'node:path';
import { BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { REPORT_FORMATS, type ExportRequest, type ExportResult, type ReportFormat } from '../contract';
import { writeFileAtomic } from './atomic-file';
import { loadArticleFiles } from './loader';
import { buildReport, FORMAT_INFO, formatFromFileName, PDF_OPTIONS, streamReport, type PdfPrinter } from '../../report/index';

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

/**
 * Shows the Save dialog, then writes a report of `files` (the open articles, read again from disk) in
 * the format of the chosen file's extension, else `format`, with the marks of `categories` (all when
 * absent). Null when the reader cancels. Throws an
 * Error with a reader-facing message when the report cannot be made or written; nothing partial is
 * left behind.
 */
export async function exportReport(
  win: BrowserWindow | null,
  files: readonly string[],
  { format, categories }: Pick<ExportRequest, 'format' | 'categories'>,
  print: PdfPrinter = printWithElectron,
): Promise<ExportResult | null> {
  if (files.length === 0) throw new Error('There is nothing to export: open some articles first.');
  const options = saveOptions(format);
  const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (picked.canceled || !picked.filePath) return null;
  let file = picked.filePath;
  const chosen = formatFromFileName(basename(file));
  if (!chosen && extname(file) === '') file = `${file}.${FORMAT_INFO[format].extension}`;
  const loaded = await loadArticleFiles(files);
  if (loaded.articles.length === 0) {
    throw new Error(`Nothing was exported: none of the open articles could be read again (${loaded.errors.map((e) => `${e.name}: ${e.reason}`).join('; ')}).`);
  }
  const report = buildReport(loaded);
  if (categories) report.categories = categories;
  const data = await streamReport(chosen ?? format, report, print);
  await writeFileAtomic(file, data);
  return { file, skipped: loaded.errors };
}
