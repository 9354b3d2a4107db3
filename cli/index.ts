/**
 * The command line: `parallax report [--format html|md|json|csv|pdf] [--out FILE] <files or folders>...`.
 * Plain Node: it shares the loaders, the engine and the report formatters with the app, and never
 * loads Electron.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadError } from '../electron/contract';
import { supportedFilesIn } from '../electron/main/folders';
import { describeLoadError, loadArticleFiles } from '../electron/main/loader';
import { writeFileAtomic, WriteFailure } from '../electron/main/atomic-file';
import { buildReport, FORMAT_INFO, formatFromFileName, renderReport, REPORT_FORMATS, type PdfPrinter, type ReportFormat } from '../report/index';
import { chromiumPrinter, NoChromium } from './pdf';

/** Exit codes: the report was made from every input; from some (others failed); nothing was made. */
export const EXIT = { ok: 0, someInputsFailed: 1, usage: 2 } as const;

export const USAGE = `Usage: parallax report [--format html|md|json|csv|pdf] [--out FILE] <files or folders>...

Compares article files (.txt, .md, .html, .json) and writes a report.
  -f, --format   html (default), md, json, csv or pdf; without it, the extension of --out decides
  -o, --out      file to write; without it, md, json and csv go to standard output and
                 html and pdf to parallax-report.html / parallax-report.pdf here
  -h, --help     show this help
Folders stand for the supported files directly inside them.
PDF needs Chromium (CHROMIUM_PATH, or /usr/bin/chromium).
Exit status: 0 report made; 1 report made, but some inputs could not be read;
2 usage error, or no report could be made.`;

/** Where the CLI writes and what it can reach: process streams in production, buffers in tests. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  cwd: string;
  print?: PdfPrinter;
}

class UsageError extends Error {}

interface Options {
  format: ReportFormat;
  out: string | null;
  inputs: string[];
}

function parse(argv: readonly string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'report') throw new UsageError(`unknown command '${command}' (the command is 'report')`);
  const out = values.out ?? null;
  if (out === '') throw new UsageError('--out needs a file name');
  let format: ReportFormat;
  if (values.format !== undefined) {
    if (!(REPORT_FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(`unknown format '${values.format}' (use ${REPORT_FORMATS.join(', ')})`);
    }
    format = values.format as ReportFormat;
  } else format = (out && formatFromFileName(out)) || 'html';
  if (inputs.length === 0) throw new UsageError('no article files or folders given');
  return { format, out, inputs };
}

/** Files to load: each argument as given, or for a folder the supported files inside it. */
async function expand(inputs: readonly string[], cwd: string): Promise<{ files: string[]; errors: LoadError[] }> {
  const files: string[] = [];
  const errors: LoadError[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    try {
      const inside = await supportedFilesIn(path);
      if (inside.length === 0) errors.push({ file: path, name: input, reason: 'the folder holds no article files (.txt, .md, .html, .json)' });
      files.push(...inside);
    } catch (error) {
      errors.push({ file: path, name: input, reason: describeLoadError(error) });
    }
  }
  return { files: [...new Set(files)], errors };
}

/** A progress line that rewrites itself on a terminal and stays silent otherwise. */
function progress(stderr: CliIo['stderr']): { show(text: string): void; done(): void } {
  if (!stderr.isTTY) return { show: () => undefined, done: () => undefined };
  let shown = false;
  return {
    show: (text) => {
      shown = true;
      stderr.write(`\r\x1b[2K${text}`);
    },
    done: () => {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: Options | 'help';
  try {
    options = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`parallax: ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (options === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const { format, inputs } = options;
  const out = options.out ?? (format === 'html' || format === 'pdf' ? `parallax-report.${FORMAT_INFO[format].extension}` : null);
  const line = progress(io.stderr);

  line.show(`Reading ${inputs.length} ${inputs.length === 1 ? 'input' : 'inputs'}…`);
  const expanded = await expand(inputs, io.cwd);
  line.show(`Reading ${expanded.files.length} files…`);
  const loaded = await loadArticleFiles(expanded.files);
  const result = { articles: loaded.articles, errors: [...expanded.errors, ...loaded.errors] };
  line.show(`Analysing ${result.articles.length} articles…`);
  const report = buildReport(result);
  line.show(format === 'pdf' ? 'Printing the PDF with Chromium…' : 'Writing the report…');

  let data: string | Uint8Array;
  try {
    data = await renderReport(format, report, io.print ?? chromiumPrinter());
    if (out) await writeFileAtomic(resolve(io.cwd, out), data);
    else io.stdout.write(data);
  } catch (error) {
    line.done();
    if (error instanceof NoChromium || error instanceof WriteFailure) {
      io.stderr.write(`parallax: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  line.done();

  for (const e of result.errors) io.stderr.write(`parallax: skipped ${e.file}: ${e.reason}\n`);
  if (out) {
    const what = `${result.articles.length} ${result.articles.length === 1 ? 'article' : 'articles'}`;
    io.stderr.write(`Wrote ${resolve(io.cwd, out)} (${format}, ${what}).\n`);
  }
  return result.errors.length > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

/** Entry point for bin/parallax.cjs. */
export function run(): void {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`parallax: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
