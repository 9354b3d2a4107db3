/** The report formats, their file extensions and names, and the format a file name asks for. */

/** Formats a comparison report can be made in. */
export const REPORT_FORMATS = ['html', 'pdf', 'md', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** File extension and a name for each format (for save dialogs, default file names and --out). */
export const FORMAT_INFO: Readonly<Record<ReportFormat, { extension: string; label: string }>> = {
  html: { extension: 'html', label: 'Web page (HTML)' },
  pdf: { extension: 'pdf', label: 'PDF document' },
  md: { extension: 'md', label: 'Markdown summary' },
  json: { extension: 'json', label: 'JSON data' },
  csv: { extension: 'csv', label: 'Facts × articles table (CSV)' },
};

/** The format a file name asks for by its extension, or null. */
export function formatFromFileName(name: string): ReportFormat | null {
  const ext = /\.([^./\\]+)$/u.exec(name)?.[1]?.toLowerCase();
  if (ext === 'htm' || ext === 'html') return 'html';
  if (ext === 'markdown' || ext === 'md') return 'md';
  if (ext === 'pdf' || ext === 'json' || ext === 'csv') return ext;
  return null;
}
