/**
 * Reads article files from disk and turns them into plain text. Node only (no Electron), so the main
 * process, the CLI and the tests share it.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { z } from 'zod';
import iconv from 'iconv-lite';
import removeMarkdown from 'remove-markdown';
import { countWords, headline, paragraphs } from '../../engine/text';
import type { ArticleFormat, LoadError, LoadedArticle, LoadResult } from '../contract';
import { MAX_FILE_BYTES, MAX_LINE_CHARS, MAX_TEXT_CHARS } from '../limits';


/** File extensions Parallax opens, with the format each one means. */
export const FORMATS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

const EXTENSIONS = Object.keys(FORMATS).join(', ');
const LOAD_CONCURRENCY = 8;

/** A file that cannot be opened; `message` is the reason, written for the reader. */
export class LoadFailure extends Error {}

const jsonArticle = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(1000),
  source: z.string().max(1000).optional(),
  date: z.string().max(100).optional(),
  text: z.string(),
});

const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Text decoded from bytes, with the encoding that was used. */
export interface Decoded {
  text: string;
  encoding: string;
}

/**
 * Decodes article bytes: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); otherwise strict UTF-8, and
 * windows-1252 for bytes that are not valid UTF-8. Throws LoadFailure for binary content.
 */
export function decode(bytes: Uint8Array): Decoded {
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw new LoadFailure(`it is ${what}, not an article`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) throw new LoadFailure('it is a binary file, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Node 20's TextDecoder decodes 'windows-1252' as ISO-8859-1 (“ ” — € come out as C1 controls).
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}

function strictDecode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new LoadFailure(`its bytes are not valid ${encoding.toUpperCase()} although it starts with a ${encoding.toUpperCase()} byte-order mark`);
  }
}

/** NUL bytes, or many control characters, in the first 8 KiB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The reader-facing reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist (it may have been moved or deleted)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: Parallax may not read this file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'it is a symbolic link that points back to itself';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open at once; try again with fewer files';
    case 'EBUSY':
      return 'the file is in use by another program';
    default:
      return error instanceof Error ? `it could not be read (${error.message})` : 'it could not be read';
  }
}

/** Reads at most MAX_FILE_BYTES + 1 bytes, so an oversized file is refused without reading it whole. */
async function readCapped(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new LoadFailure('it is a folder, not a file');
    if (!info.isFile()) throw new LoadFailure('it is not a regular file');
    if (info.size > MAX_FILE_BYTES) throw new LoadFailure(tooLarge(info.size));
    const buffer = new Uint8Array(Math.min(info.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_FILE_BYTES) throw new LoadFailure(tooLarge(length));
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function count(n: number): string {
  return n.toLocaleString('en');
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    longest = Math.max(longest, i - start);
    start = i + 1;
  }
  return Math.max(longest, text.length - start);
}

function tooLarge(size: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `it is ${mb(size)}, larger than the ${mb(MAX_FILE_BYTES)} Parallax opens`;
}

/** A stable id for a path: the same file always gets the same id. */
export function articleId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 12);
}

interface Extracted {
  text: string;
  title?: string;
  source?: string;
  date?: string;
}

function fromJson(text: string): Extracted {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LoadFailure(`it is not valid JSON (${(error as Error).message})`);
  }
  const parsed = jsonArticle.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `'${issue.path.join('.')}'` : 'the file';
    throw new LoadFailure(`it is not a Parallax article JSON ({title, source?, date?, text}): ${where}: ${issue.message}`);
  }
  return parsed.data;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

async function fromHtml(html: string): Promise<Extracted> {
  // jsdom is loaded only when an HTML file arrives: it is large and most sets are plain text.
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
  // No runScripts and no resources: nothing in the page executes or fetches anything.
  const dom = new JSDOM(html, { url: 'about:blank', virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const pageTitle = doc.title.trim();
  const article = new Readability(doc, { charThreshold: 200 }).parse();
  let root: ParentNode = doc.body ?? doc;
  if (article?.content) root = JSDOM.fragment(article.content);
  const blocks: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const line = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (line) blocks.push(line);
  }
  if (blocks.length === 0) {
    const whole = (root.textContent ?? '').replace(/[ \t]+/gu, ' ').trim();
    if (whole) blocks.push(...whole.split('\n').map((l) => l.trim()).filter(Boolean));
  }
  dom.window.close();
  const title = (article?.title ?? pageTitle).trim() || undefined;
  if (title && blocks[0] !== title) blocks.unshift(title);
  const extracted: Extracted = { text: blocks.join('\n\n') };
  if (title) extracted.title = title;
  const source = article?.siteName?.trim();
  if (source) extracted.source = source;
  const date = article?.publishedTime?.trim();
  if (date) extracted.date = date;
  return extracted;
}

/** The first `# Heading` line's text without its closing hashes; a scan, since a regex here backtracks on long runs of spaces. */
function atxHeading(text: string): string | undefined {
  const line = /^[ \t]{0,3}#[ \t]+\S[^\n]*/mu.exec(text)?.[0];
  if (!line) return undefined;
  let end = line.trimEnd().length;
  while (end > 0 && line[end - 1] === '#') end--;
  const inner = line.slice(line.indexOf('#') + 1, end).trim();
  return inner || undefined;
}

function fromMarkdown(text: string): Extracted {
  const heading = atxHeading(text);
  const plain = removeMarkdown(text, { gfm: true, useImgAltText: true });
  return heading ? { text: plain, title: heading } : { text: plain };
}

/** Loads one article file. Throws LoadFailure (or a file-system error) when it cannot be opened. */
export async function loadArticleFile(path: string): Promise<LoadedArticle> {
  const file = resolve(path);
  const format = FORMATS[extname(file).toLowerCase()];
  const info = await stat(file);
  if (info.isDirectory()) throw new LoadFailure('it is a folder, not a file');
  if (!format) {
    const ext = extname(file);
    throw new LoadFailure(`${ext ? `'${ext}' files are` : 'files without an extension are'} not supported (Parallax opens ${EXTENSIONS})`);
  }
  const bytes = await readCapped(file);
  if (bytes.length === 0) throw new LoadFailure('the file is empty');
  const { text: raw, encoding } = decode(bytes);
  if (raw.trim() === '') throw new LoadFailure('the file contains only whitespace');

  const name = basename(file);
  const extracted =
    format === 'json' ? fromJson(raw) : format === 'html' ? await fromHtml(raw) : format === 'markdown' ? fromMarkdown(raw) : { text: raw };
  const text = extracted.text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') throw new LoadFailure('no article text was found in it');
  const longest = longestLine(text);
  if (longest > MAX_LINE_CHARS) {
    throw new LoadFailure(`it has a line of ${count(longest)} characters, longer than the ${count(MAX_LINE_CHARS)} Parallax opens`);
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new LoadFailure(`its text is ${count(text.length)} characters long, more than the ${count(MAX_TEXT_CHARS)} Parallax opens`);
  }

  const paras = paragraphs(text);
  const head = headline(text, paras);
  const title = extracted.title ?? (head ? text.slice(head.start, head.end) : name.replace(/\.[^.]+$/u, ''));
  const article: LoadedArticle = {
    id: articleId(file),
    file,
    name,
    format,
    encoding,
    title,
    text,
    paragraphs: paras,
    headline: head ? paras.indexOf(head) : paras.findIndex((p) => text.slice(p.start, p.end) === title),
    wordCount: countWords(text),
    bytes: bytes.length,
  };
  if (extracted.source) article.source = extracted.source;
  if (extracted.date) article.date = extracted.date;
  return article;
}

/** The reader-facing reason a load failed. */
export function describeLoadError(error: unknown): string {
  return error instanceof LoadFailure ? error.message : describeFsError(error);
}

/**
 * Loads many files, a few at a time. Files that fail become errors naming the file and the reason;
 * the others load regardless. Results keep the order of `paths`.
 */
export async function loadArticleFiles(paths: readonly string[]): Promise<LoadResult> {
  const outcomes: (LoadedArticle | LoadError)[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i]!;
      try {
        outcomes[i] = await loadArticleFile(path);
      } catch (error) {
        outcomes[i] = { file: resolve(path), name: basename(path), reason: describeLoadError(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, paths.length) }, worker));
  const result: LoadResult = { articles: [], errors: [] };
  for (const outcome of outcomes) {
    if ('reason' in outcome) result.errors.push(outcome);
    else result.articles.push(outcome);
  }
  return result;
}
