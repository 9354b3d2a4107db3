/**
 * The article text of a web page. One streaming pass with htmlparser2 drops what never holds article
 * text (scripts, styles, SVG, empty elements) and takes the page's text block by block at the same
 * time; Readability on linkedom then finds the main text in what is left, unless that is still too large
 * or too deep for it, in which case the blocks are the text.
 */
import { Parser } from 'htmlparser2';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_TEXT_CHARS } from '../../limits';
import { count, LoadFailure } from './errors';

/** What a format's reader found: the text and, when the file says, title, source and date. */
export interface Extracted {
  text: string;
  title?: string;
  source?: string;
  /** The byline, where Readability finds one. */
  author?: string;
  date?: string;
}

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'button', 'textarea']);
/** Kept in the pruned page although they hold no text: Readability reads the page's metadata from them. */
const METADATA = new Set(['html', 'head', 'body', 'meta', 'br']);
/** Attributes Readability looks at (scoring by class and id, visibility, metadata); all others are dropped. */
const KEPT_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'hidden', 'aria-hidden', 'role', 'itemprop', 'itemtype', 'itemscope', 'property', 'name', 'content', 'lang', 'dir', 'datetime', 'rel',
]);
/** Elements that start a new block of text in the fallback extraction. */
const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'td', 'th', 'div', 'section', 'article', 'main', 'header',
  'footer', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'br', 'hr', 'address', 'figure', 'title', 'caption', 'details', 'summary',
]);
/** Left out of the fallback extraction: page furniture, not the article. */
const FURNITURE = new Set(['nav', 'aside', 'form', 'footer', 'head']);
/** Below this many characters inside `<article>` or `<main>`, the fallback takes the whole page. */
const MIN_ARTICLE_CHARS = 400;

const escapeText = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttribute = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

interface Open {
  name: string;
  tag: string;
  written: boolean;
}

/** The streaming pass: a pruned copy of the page for Readability, and the page's text blocks. */
class PageScan {
  /** Pruned HTML; null once the page is past the element or depth limit. */
  pruned: string[] | null = [];
  elements = 0;
  /** Open elements, as the parser sees them. */
  depth = 0;
  readonly stack: Open[] = [];
  skipDepth = 0;

  readonly blocks: { text: string; inArticle: boolean }[] = [];
  blockChars = 0;
  line: string[] = [];
  furniture = 0;
  articleDepth = 0;
  h1Depth = 0;
  pageTitle = '';
  inTitle = false;
  h1 = '';
  meta: { title?: string; source?: string; date?: string } = {};

  open(name: string, attributes: Record<string, string>): void {
    this.depth++;
    if (this.depth >= MAX_HTML_DEPTH) this.pruned = null;
    if (this.skipDepth > 0 || SKIPPED.has(name)) {
      this.skipDepth++;
      return;
    }
    if (name === 'meta') this.readMeta(attributes);
    if (name === 'title') this.inTitle = true;
    if (name === 'article' || name === 'main') this.articleDepth++;
    if (name === 'h1') this.h1Depth++;
    if (FURNITURE.has(name)) this.furniture++;
    if (BLOCK.has(name)) this.endLine();

    if (!this.pruned) return;
    let tag = `<${name}`;
    for (const [key, value] of Object.entries(attributes)) {
      if (KEPT_ATTRIBUTES.has(key)) tag += ` ${key}="${escapeAttribute(value)}"`;
    }
    this.stack.push({ name, tag: `${tag}>`, written: false });
    if (METADATA.has(name)) this.flush();
  }

  close(name: string): void {
    this.depth--;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (BLOCK.has(name)) this.endLine();
    if (name === 'title') this.inTitle = false;
    if (name === 'article' || name === 'main') this.articleDepth--;
    if (name === 'h1') this.h1Depth--;
    if (FURNITURE.has(name)) this.furniture--;

    if (!this.pruned) return;
    const top = this.stack.pop();
    if (top?.written && !isVoid(top.name)) this.pruned.push(`</${top.name}>`);
  }

  text(data: string): void {
    if (this.skipDepth > 0) return;
    if (this.inTitle) this.pageTitle += data;
    else if (this.furniture === 0) this.line.push(data);

    if (!this.pruned) return;
    if (/\S/u.test(data)) this.flush();
    if (this.stack.length === 0 || this.stack[this.stack.length - 1]!.written) this.pruned?.push(escapeText(data));
  }

  /** Writes the open elements not yet written: an element is kept once it holds text. */
  flush(): void {
    for (let i = this.stack.length - 1; i >= 0 && !this.stack[i]!.written; i--) {
      if (i === 0 || this.stack[i - 1]!.written) {
        for (let j = i; j < this.stack.length; j++) {
          this.stack[j]!.written = true;
          this.pruned!.push(this.stack[j]!.tag);
          this.elements++;
        }
        break;
      }
    }
    if (this.elements > MAX_HTML_ELEMENTS || this.stack.length > MAX_HTML_DEPTH) this.pruned = null;
  }

  endLine(): void {
    if (this.line.length === 0) return;
    const text = this.line.join('').replace(/\s+/gu, ' ').trim();
    this.line = [];
    if (!text) return;
    this.blockChars += text.length + 2;
    if (this.blockChars > MAX_TEXT_CHARS) {
      throw new LoadFailure(`its text is more than the ${count(MAX_TEXT_CHARS)} characters Parallax opens`);
    }
    if (!this.h1 && this.h1Depth > 0) this.h1 = text;
    this.blocks.push({ text, inArticle: this.articleDepth > 0 });
  }

  readMeta(attributes: Record<string, string>): void {
    const key = (attributes['property'] ?? attributes['name'] ?? attributes['itemprop'] ?? '').toLowerCase();
    const content = attributes['content']?.trim();
    if (!content) return;
    if (key === 'og:title') this.meta.title ??= content;
    else if (key === 'og:site_name') this.meta.source ??= content;
    else if (key === 'article:published_time' || key === 'datepublished' || key === 'date') this.meta.date ??= content;
  }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
function isVoid(name: string): boolean {
  return VOID.has(name);
}

/**
 * htmlparser2's parser keeps open elements in an array it unshifts and searches, which is quadratic in
 * the nesting depth. Past MAX_HTML_DEPTH open elements, a new element is taken as void (no children),
 * so the array never grows past it; the text inside still comes through. The parser asks
 * isVoidElement twice per start tag (before pushing it and at its end), and both answers must agree.
 */
class DepthCappedParser extends Parser {
  #opening: string | null = null;
  #deep = false;

  protected override isVoidElement(name: string): boolean {
    if (super.isVoidElement(name)) return true;
    // Internal state, read because the parser has no hook for its depth (htmlparser2 12).
    const self = this as unknown as { stack: string[]; tagname: string };
    if (name === '' || self.tagname !== name) return false; // an end tag: handled as usual
    if (this.#opening === name) {
      this.#opening = null;
      return this.#deep;
    }
    this.#opening = name;
    this.#deep = self.stack.length >= MAX_HTML_DEPTH;
    return this.#deep;
  }
}

/** Scans the page once; see PageScan. */
function scan(html: string): PageScan {
  const page = new PageScan();
  const parser = new DepthCappedParser(
    {
      onopentag: (name, attributes) => page.open(name, attributes),
      onclosetag: (name) => page.close(name),
      ontext: (data) => page.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  page.endLine();
  return page;
}

/** The page's text block by block: the blocks inside `<article>`/`<main>` when they hold the article. */
function fromBlocks(page: PageScan): Extracted {
  const inArticle = page.blocks.filter((b) => b.inArticle);
  const chosen = inArticle.reduce((n, b) => n + b.text.length, 0) >= MIN_ARTICLE_CHARS ? inArticle : page.blocks;
  const lines = chosen.map((b) => b.text);
  const title = (page.meta.title || page.pageTitle || page.h1).replace(/\s+/gu, ' ').trim() || undefined;
  return withMeta(lines, title, page.meta.source, page.meta.date);
}

function withMeta(blocks: string[], title: string | undefined, source: string | undefined, date: string | undefined): Extracted {
  if (title && blocks[0] !== title) blocks.unshift(title);
  const extracted: Extracted = { text: blocks.join('\n\n') };
  if (title) extracted.title = title;
  if (source) extracted.source = source;
  if (date) extracted.date = date;
  return extracted;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/**
 * The page as linkedom reads it, with a head and a body: linkedom makes a fragment's first element the document
 * element (a cut file, a pasted selection), with an empty body or a `document.title` that throws, so a fragment is read inside a page of its own.
 */
function documentOf(parseHTML: typeof import('linkedom').parseHTML, html: string): ReturnType<typeof import('linkedom').parseHTML>['document'] {
  const doc = parseHTML(html).document;
  try {
    if (doc.documentElement?.tagName.toUpperCase() === 'HTML' && doc.head && doc.body) return doc;
  } catch {
    // linkedom's head/body getters throw on some documents without an <html> element.
  }
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/**
 * Readability over the pruned page, on linkedom: Readability's cost grows faster than linearly with the
 * elements it sees, and on linkedom it runs 6–16 times faster than on jsdom for pages near the limit
 * (e.g. 4,900 short blocks: 0.5 s against 8 s). linkedom runs no scripts and fetches nothing.
 */
async function withReadability(html: string): Promise<Extracted> {
  // Loaded only when an HTML file arrives: most sets are plain text.
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  let doc = documentOf(parseHTML, html);
  const pageTitle = (doc.title ?? '').trim();
  let article: ReturnType<InstanceType<typeof Readability>['parse']> = null;
  try {
    article = new Readability(doc as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    // Readability gives up on some broken trees (a node without a parent where it expects one): the page's own
    // blocks are read instead, from a fresh parse, as Readability may have changed the tree before it stopped.
    doc = documentOf(parseHTML, html);
  }
  let root: ParentNode = (doc.body as unknown as ParentNode | null) ?? (doc as unknown as ParentNode);
  // text that a broken page left outside its body (in its head, in a frameset) is still the page's text
  if (!root.textContent?.trim()) root = (doc.documentElement as unknown as ParentNode | null) ?? root;
  if (article?.content) root = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as ParentNode;
  const blocks: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.querySelector(BLOCKS)) continue;
    const line = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (line) blocks.push(line);
  }
  if (blocks.length === 0) {
    const whole = (root.textContent ?? '').replace(/[ \t]+/gu, ' ').trim();
    if (whole) blocks.push(...whole.split('\n').map((l) => l.trim()).filter(Boolean));
  }
  const title = (article?.title ?? pageTitle).trim() || undefined;
  const extracted = withMeta(blocks, title, article?.siteName?.trim() || undefined, article?.publishedTime?.trim() || undefined);
  const byline = article?.byline?.replace(/\s+/gu, ' ').replace(/^by\s+/iu, '').trim();
  if (byline) extracted.author = byline;
  return extracted;
}

/** The article text of a web page, with its title, site name and date when the page gives them. */
export async function fromHtml(html: string): Promise<Extracted> {
  const page = scan(html);
  if (page.pruned === null) return fromBlocks(page);
  return withReadability(page.pruned.join(''));
}
