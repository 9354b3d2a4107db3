/**
 * What a file says about itself: outlet, headline, author and date, from a web page's meta tags and
 * JSON-LD (`NewsArticle` and its kin) and from a Markdown file's YAML front matter (parsed by `yaml`,
 * and cut from the text). The readers of each format take the text; this module takes only these fields.
 */
import { Parser } from 'htmlparser2';
import { parse as parseYaml } from 'yaml';

/** The fields an article file may state about itself. */
export interface Metadata {
  title?: string;
  source?: string;
  author?: string;
  date?: string;
}

/** Only the head is read for meta tags: it is shallow and small, whatever the body holds. */
const HEAD_CHARS = 256 * 1024;
/** JSON-LD blocks read, and the largest one parsed. */
const MAX_LD_BLOCKS = 20;
const MAX_LD_CHARS = 512 * 1024;
const MAX_FIELD = 300;

const META_KEYS: Record<string, keyof Metadata> = {
  'og:site_name': 'source',
  'application-name': 'source',
  publisher: 'source',
  'article:publisher': 'source',
  'dc.publisher': 'source',
  author: 'author',
  'article:author': 'author',
  byl: 'author',
  'dc.creator': 'author',
  'parsely-author': 'author',
  'sailthru.author': 'author',
  'article:published_time': 'date',
  'og:published_time': 'date',
  datepublished: 'date',
  date: 'date',
  pubdate: 'date',
  publishdate: 'date',
  'dc.date': 'date',
  'dc.date.issued': 'date',
  'parsely-pub-date': 'date',
  'sailthru.date': 'date',
  'og:title': 'title',
  'twitter:title': 'title',
  headline: 'title',
  'dc.title': 'title',
};

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/gu, ' ').trim();
  // A URL is where an outlet or author lives, not their name (article:publisher often is one).
  if (!text || /^https?:\/\//iu.test(text)) return undefined;
  return text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD - 1)}…` : text;
}

function set(meta: Metadata, key: keyof Metadata, value: unknown): void {
  const v = clean(value);
  if (!v || meta[key]) return;
  meta[key] = key === 'author' ? v.replace(/^by\s+/iu, '') : v;
}

/** A person or organisation in JSON-LD: a name, an object with one, or a list of either. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n) => n !== undefined);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return clean((value as Record<string, unknown>)['name']);
  return undefined;
}

function isArticle(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article$|^BlogPosting$|^Report$/u.test(t));
}

/** The article nodes of a JSON-LD value: top level, in a list, or in `@graph`. */
function articleNodes(value: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 3 || !value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => articleNodes(v, depth + 1));
  const node = value as Record<string, unknown>;
  return [...(isArticle(node) ? [node] : []), ...articleNodes(node['@graph'], depth + 1)];
}

/** The JSON-LD blocks of a page, found with indexOf (linear on any input) and parsed one by one. */
function jsonLd(html: string, meta: Metadata): void {
  const marker = /application\/ld\+json/giu;
  let blocks = 0;
  for (let m = marker.exec(html); m && blocks < MAX_LD_BLOCKS; m = marker.exec(html)) {
    const open = html.indexOf('>', m.index);
    const close = open < 0 ? -1 : html.indexOf('</script', open);
    if (close < 0) break;
    marker.lastIndex = close;
    blocks++;
    if (close - open > MAX_LD_CHARS) continue;
    let value: unknown;
    try {
      value = JSON.parse(html.slice(open + 1, close));
    } catch {
      continue; // a page's broken JSON-LD is the page's problem, not the reader's
    }
    for (const node of articleNodes(value)) {
      set(meta, 'source', nameOf(node['publisher']));
      set(meta, 'author', nameOf(node['author']));
      set(meta, 'title', node['headline']);
      set(meta, 'date', node['datePublished'] ?? node['dateCreated']);
    }
  }
}

/** A web page's outlet, headline, author and date from its JSON-LD and its meta tags (JSON-LD first). */
export function htmlMetadata(html: string): Metadata {
  const meta: Metadata = {};
  jsonLd(html, meta);
  const end = html.search(/<\/head\s*>/iu);
  const head = html.slice(0, Math.min(end < 0 ? HEAD_CHARS : end, HEAD_CHARS));
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'meta') return;
        const key = (attributes['property'] ?? attributes['name'] ?? attributes['itemprop'] ?? '').toLowerCase();
        const field = META_KEYS[key];
        if (field) set(meta, field, attributes['content']);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(head);
  return meta;
}

const FRONT_KEYS: [keyof Metadata, string[]][] = [
  ['title', ['title', 'headline']],
  ['source', ['source', 'outlet', 'publisher', 'site', 'site_name', 'siteName', 'publication']],
  ['author', ['author', 'authors', 'byline', 'by']],
  ['date', ['date', 'published', 'publishDate', 'pubDate', 'published_at', 'datePublished']],
];

/** A YAML value as text: dates as ISO dates, lists joined. */
function yamlText(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return nameOf(value);
}

/**
 * Markdown YAML front matter (`---` lines around it at the very top): its fields, and the text after it.
 * Text without front matter, or whose front matter is not YAML mapping, comes back as it was.
 */
export function frontMatter(markdown: string): { meta: Metadata; body: string } {
  const start = /^\uFEFF?---[ \t]*\r?\n/u.exec(markdown);
  if (!start) return { meta: {}, body: markdown };
  const close = /^(?:---|\.\.\.)[ \t]*$/mu;
  const rest = markdown.slice(start[0].length);
  const end = close.exec(rest);
  if (!end) return { meta: {}, body: markdown };
  let data: unknown;
  try {
    data = parseYaml(rest.slice(0, end.index), { maxAliasCount: 50 });
  } catch {
    return { meta: {}, body: markdown };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { meta: {}, body: markdown };
  const meta: Metadata = {};
  const fields = data as Record<string, unknown>;
  for (const [key, names] of FRONT_KEYS) {
    for (const n of names) set(meta, key, yamlText(fields[n]));
  }
  return { meta, body: rest.slice(end.index + end[0].length).replace(/^\r?\n/u, '') };
}
