/**
 * Loads one article file in the calling thread: read (bounded), decode, check the limits on the raw
 * text, then the format's reader. The loader worker runs this; the main process never does.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { z } from 'zod';
import { countWords, headline, paragraphs } from '../../../engine/text';
import type { LoadedArticle } from '../../contract';
import { MAX_LINE_CHARS, MAX_TEXT_CHARS } from '../../limits';
import { decode } from './decode';
import { BINARY_FORMATS, EXTENSIONS, FORMATS } from './formats';
import { fromBinary } from './binary';
import { count, LoadFailure } from './errors';
import { fromHtml, type Extracted } from './html';
import { articleId } from './id';
import { fromMarkdown } from './markdown';
import { frontMatter, htmlMetadata, type Metadata } from './metadata';
import { tidyFileName } from '../../../report/outlets';
import { readCapped } from './read';

const jsonArticle = z.object({
  title: z.string().trim().min(1).max(1000),
  source: z.string().max(1000).optional(),
  author: z.string().max(1000).optional(),
  date: z.string().max(100).optional(),
  text: z.string(),
});

/** The line of `text` a JSON.parse error points at: its position when the message gives one, else the last line. */
function jsonErrorLine(text: string, message: string): number {
  const line = /\(line (\d+)/u.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/u.exec(message);
  const upTo = position ? Math.min(Number(position[1]), text.length) : text.length;
  return text.slice(0, upTo).split('\n').length;
}

/** A zod issue about a JSON article said in plain words, naming the field. */
function jsonIssue(value: Record<string, unknown>, issue: z.core.$ZodIssue): string {
  const field = String(issue.path[0] ?? '');
  if (!field) return 'it is not a Parallax article JSON (an object with a title and a text)';
  if (value[field] === undefined) return `it has no ${field} field`;
  if (issue.code === 'invalid_type') return `its ${field} is not a string`;
  if (issue.code === 'too_small') return `its ${field} is empty`;
  if (issue.code === 'too_big') return `its ${field} is longer than ${count(Number(issue.maximum))} characters`;
  return `its ${field} cannot be read (${issue.message})`;
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

/** Refuses text past the line or length limit; run on raw text before any regular expression sees it. */
function checkTextLimits(text: string): void {
  const longest = longestLine(text);
  if (longest > MAX_LINE_CHARS) {
    throw new LoadFailure(`it has a line of ${count(longest)} characters, longer than the ${count(MAX_LINE_CHARS)} Parallax opens`);
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new LoadFailure(`its text is ${count(text.length)} characters long, more than the ${count(MAX_TEXT_CHARS)} Parallax opens`);
  }
}

/**
 * A JSON article: {title, source?, author?, date?, text}. Its title opens the text as its headline when the
 * text does not already start with it, so the headline is read and analysed as it is in other formats.
 */
function fromJson(text: string): Extracted {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LoadFailure(`it is not valid JSON (line ${jsonErrorLine(text, (error as Error).message)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LoadFailure('it is not a Parallax article JSON (an object with a title and a text)');
  }
  const parsed = jsonArticle.safeParse(value);
  if (!parsed.success) throw new LoadFailure(jsonIssue(value as Record<string, unknown>, parsed.error.issues[0]!));
  const article = parsed.data;
  if (article.text.trim() && !article.text.trimStart().startsWith(article.title)) article.text = `${article.title}\n\n${article.text}`;
  return article;
}

/** The folder pasted articles are kept in (PASTED_FOLDER in paste.ts, which imports this loader). */
const PASTED_FOLDER = 'pasted';

/** The name a reader knows a file by: its file name, but "Pasted N" for a kept pasted article (see paste.ts). */
function readerName(file: string): string {
  const name = basename(file);
  const pasted = /^(Pasted \d+)\.(?:html|txt)$/u.exec(name);
  return pasted && basename(dirname(file)) === PASTED_FOLDER ? pasted[1]! : name;
}

/** Loads one article file. Throws LoadFailure (or a file-system error) when it cannot be opened. */
export async function loadArticleFile(path: string): Promise<LoadedArticle> {
  const file = resolve(path);
  const format = FORMATS[extname(file).toLowerCase()];
  if ((await stat(file)).isDirectory()) throw new LoadFailure('it is a folder, not a file');
  if (!format) {
    const ext = extname(file);
    throw new LoadFailure(`${ext ? `'${ext}' files are` : 'files without an extension are'} not supported (Parallax opens ${EXTENSIONS})`);
  }
  const bytes = await readCapped(file);
  if (bytes.length === 0) throw new LoadFailure('the file is empty');
  let extracted: Extracted;
  let encoding: string;
  let meta: Metadata = {};
  if (BINARY_FORMATS.has(format)) {
    ({ extracted, encoding } = await fromBinary(format, bytes));
  } else {
    const decoded = decode(bytes, { html: format === 'html' });
    const raw = decoded.text;
    encoding = decoded.encoding;
    if (raw.trim() === '') throw new LoadFailure('the file contains only whitespace');
    // Plain text and Markdown are held to the text limits as they are; HTML and JSON once their text is out.
    if (format === 'text' || format === 'markdown') checkTextLimits(raw);
    // Front matter is cut from a Markdown file before its text is read; a page's meta tags are read beside its text.
    const front = format === 'markdown' ? frontMatter(raw) : undefined;
    if (format === 'html') meta = htmlMetadata(raw);
    else if (front) meta = front.meta;
    extracted =
      format === 'json' ? fromJson(raw) : format === 'html' ? await fromHtml(raw) : front ? fromMarkdown(front.body) : { text: raw };
    // A headline given only in the front matter is the article's first line, so that it is read and analysed too.
    if (!extracted.title && meta.title) extracted.text = `${meta.title}\n\n${extracted.text}`;
  }

  const name = readerName(file);
  const text = extracted.text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') throw new LoadFailure('no article text was found in it');
  checkTextLimits(text);

  const paras = paragraphs(text);
  const head = headline(text, paras);
  const title = extracted.title ?? meta.title ?? (head ? text.slice(head.start, head.end) : tidyFileName(name));
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
  const source = extracted.source ?? meta.source;
  const author = extracted.author ?? meta.author;
  const date = extracted.date ?? meta.date;
  if (source) article.source = source;
  if (author) article.author = author;
  if (date) article.date = date;
  return article;
}
