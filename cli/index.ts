/**
 * The command line: `parallax report [--format html|md|json|csv|pdf] [--out FILE] <files or folders>...`.
 * Plain Node: it shares the loaders, the engine and the report formatters with the app, and never
 * loads Electron.
 */
import { constants as fsc } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadError } from '../electron/contract';
import { MAX_FILES_PER_REQUEST, MAX_OPEN_ARTICLES, MAX_SET_WORDS } from '../electron/limits';
import { expandFolder, isParallaxReport } from '../electron/main/folders';
import { describeLoadError, loadArticleFiles } from '../electron/main/loader';
import { writeFileAtomic, WriteFailure } from '../electron/main/atomic-file';
import { buildReport, FORMAT_INFO, formatFromFileName, streamReport, REPORT_FORMATS, type PdfPrinter, type ReportFormat } from '../report/index';
import { chromiumPrinter, NoChromium } from './pdf';

/** Exit codes: the report was made from every input; from some (others failed); nothing was made. */
export const EXIT = { ok: 0, someInputsFailed: 1, usage: 2 } as const;

export const USAGE = `Usage: parallax report [--format html|md|json|csv|pdf] [--out FILE|-] [--force] [--full-paths] <files or folders>...

Compares article files (.txt, .md, .html, .json, .pdf, .docx, .mhtml, .eml) and writes a report.
  -f, --format   html (default), md, json, csv or pdf; without it, the extension of --out decides
  -o, --out      file to write, or - for standard output; without it, md, json and csv go to
                 standard output and html and pdf to parallax-report.html / parallax-report.pdf here
      --force    replace an existing file that is not a Parallax report
      --full-paths  name files in the report by their full path (default: file name only)
  -h, --help     show this help
Folders stand for the supported files directly inside them, less links that lead out of the
folder and reports Parallax wrote. The report is never written over one of its inputs.
At most ${MAX_FILES_PER_REQUEST} files, ${MAX_OPEN_ARTICLES} articles and ${MAX_SET_WORDS.toLocaleString('en')} words in all.
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
  /** The file to write; '-' (or null for md, json and csv) is standard output. */
  out: string | null;
  force: boolean;
  fullPaths: boolean;
  inputs: string[];
}

/**
 * Text from outside (file names, reasons that quote them) made safe for a terminal: control characters,
 * including escape sequences and line breaks, and the bidirectional controls that reorder what is shown
 * (https://trojansource.codes) are written as \\u{…} instead of acting.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
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
        force: { type: 'boolean' },
        'full-paths': { type: 'boolean' },
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
  } else format = (out && out !== '-' && formatFromFileName(out)) || 'html';
  if (inputs.length === 0) throw new UsageError('no article files or folders given');
  return { format, out, force: values.force ?? false, fullPaths: values['full-paths'] ?? false, inputs };
}

/** What the inputs stand for: the files to load, the ones that cannot be, and the ones passed over. */
interface Expanded {
  files: string[];
  errors: LoadError[];
  passedOver: LoadError[];
}

/**
 * Files to load: each argument as given, or for a folder the article files inside it (see
 * expandFolder); `out` is never one of them.
 */
async function expand(inputs: readonly string[], cwd: string, out: string | null): Promise<Expanded> {
  const files: string[] = [];
  const errors: LoadError[] = [];
  const passedOver: LoadError[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    try {
      const inside = await expandFolder(path, out ? [out] : []);
      if (inside.files.length === 0 && inside.skipped.length === 0) {
        errors.push({ file: path, name: input, reason: 'the folder holds no article files (.txt, .md, .html, .json, .pdf, .docx, .mhtml, .eml)' });
      }
      files.push(...inside.files);
      errors.push(...inside.skipped);
      passedOver.push(...inside.passedOver);
    } catch (error) {
      errors.push({ file: path, name: input, reason: describeLoadError(error) });
    }
  }
  return { files: [...new Set(files)], errors, passedOver };
}

/** Why the report may not be written to `out`, or null when it may. */
async function refuseOutput(out: string, inputs: readonly string[], force: boolean): Promise<string | null> {
  const info = await stat(out).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) return `${out} is a folder`;
  if (!info.isFile()) return null; // a terminal, /dev/null or a pipe: written in place
  const real = await realpath(out);
  for (const input of inputs) {
    if ((await realpath(input).catch(() => input)) === real) return `${basename(out)} is one of the articles this report reads; name another --out`;
  }
  if (force || (await isReportFile(real))) return null;
  return `${basename(out)} already exists and is not a Parallax report; pass --force to replace it`;
}

/** True when a file's first bytes show that Parallax wrote it; a PDF is known by its title. */
async function isReportFile(path: string): Promise<boolean> {
  const handle = await open(path, fsc.O_RDONLY | fsc.O_NONBLOCK).catch(() => null);
  if (!handle) return false;
  try {
    const head = new Uint8Array(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = Buffer.from(head.subarray(0, bytesRead)).toString('latin1');
    // Chromium writes the page's <title> ("Parallax report: …") as the PDF's first object.
    if (text.startsWith('%PDF-')) return text.includes('/Title (Parallax report: ');
    return isParallaxReport(Buffer.from(head.subarray(0, bytesRead)).toString('utf8'));
  } finally {
    await handle.close();
  }
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
    io.stderr.write(`parallax: ${printable(error.message)}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (options === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const { format, inputs, force, fullPaths } = options;
  const say = (text: string) => io.stderr.write(`${printable(text)}\n`);
  const named = options.out ?? (format === 'html' || format === 'pdf' ? `parallax-report.${FORMAT_INFO[format].extension}` : '-');
  const out = named === '-' ? null : resolve(io.cwd, named);
  const line = progress(io.stderr);

  line.show(`Reading ${inputs.length} ${inputs.length === 1 ? 'input' : 'inputs'}…`);
  const expanded = await expand(inputs, io.cwd, out);
  const refusal = (reason: string) => {
    line.done();
    say(`parallax: ${reason}`);
    return EXIT.usage;
  };
  if (expanded.files.length > MAX_FILES_PER_REQUEST) {
    return refusal(`${expanded.files.length.toLocaleString('en')} files given; Parallax reads at most ${MAX_FILES_PER_REQUEST} in one report`);
  }
  if (out) {
    const refused = await refuseOutput(out, expanded.files, force);
    if (refused) return refusal(`not writing the report: ${refused}`);
  }
  line.show(`Reading ${expanded.files.length} files…`);
  const loaded = await loadArticleFiles(expanded.files);
  const result = { articles: loaded.articles, errors: [...expanded.errors, ...loaded.errors] };
  if (result.articles.length > MAX_OPEN_ARTICLES) {
    return refusal(`${result.articles.length} articles given; Parallax compares at most ${MAX_OPEN_ARTICLES} in one set`);
  }
  const words = result.articles.reduce((n, a) => n + a.wordCount, 0);
  if (words > MAX_SET_WORDS) {
    return refusal(
      `the articles hold ${words.toLocaleString('en')} words together, more than the ${MAX_SET_WORDS.toLocaleString('en')} ` +
        'Parallax compares in one set; give fewer or shorter articles',
    );
  }
  line.show(`Analysing ${result.articles.length} articles…`);
  const report = buildReport(result, new Date(), { fullPaths });
  line.show(format === 'pdf' ? 'Printing the PDF with Chromium…' : 'Writing the report…');

  try {
    const data = await streamReport(format, report, io.print ?? chromiumPrinter());
    if (out) await writeFileAtomic(out, data);
    else if (data instanceof Uint8Array) io.stdout.write(data);
    else for (const chunk of data) io.stdout.write(chunk);
  } catch (error) {
    if (error instanceof NoChromium || error instanceof WriteFailure) return refusal(error.message);
    line.done();
    throw error;
  }
  line.done();

  for (const e of expanded.passedOver) say(`parallax: passed over ${e.file}: ${e.reason}`);
  for (const e of result.errors) say(`parallax: skipped ${e.file}: ${e.reason}`);
  if (out) {
    const what = `${result.articles.length} ${result.articles.length === 1 ? 'article' : 'articles'}`;
    say(`Wrote ${out} (${format}, ${what}).`);
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
      process.stderr.write(`parallax: ${printable(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
