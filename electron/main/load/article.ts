/**
 * Loads one article file in the calling thread: read (bounded), decode, check the limits on the raw
 * text, then the format's reader. The loader worker runs this; the main process never does.
 */
import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
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
  title: z.string().trim().min(1, 'title must not be empty').max(1000),
  source: z.string().max(1000).optional(),
  author: z.string().max(1000).optional(),
  date: z.string().max(100).optional(),
  text: z.string(),
});

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

  const name = basename(file);
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
