import type { Span } from '../../../engine/text';

/** One place the query was found: an article and the offsets into its text. */
export interface SearchMatch extends Span {
  articleId: string;
}

/** The most matches counted and highlighted; past this the count says "1,000+". */
export const MAX_MATCHES = 1000;

/** Every case-insensitive occurrence of `query` in the texts, in column order then reading order. */
export function findMatches(query: string, articles: readonly { id: string; text: string }[]): SearchMatch[] {
  const q = query.trim().toLocaleLowerCase();
  const out: SearchMatch[] = [];
  if (!q) return out;
  for (const a of articles) {
    // toLocaleLowerCase keeps offsets for the scripts articles come in; a letter that changes length would only shift a highlight.
    const text = a.text.toLocaleLowerCase();
    for (let at = text.indexOf(q); at >= 0 && out.length < MAX_MATCHES; at = text.indexOf(q, at + q.length)) {
      out.push({ articleId: a.id, start: at, end: at + q.length });
    }
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}

/** Search across the open columns: the query, its matches and the one the reader is on. */
export class Search {
  open = $state(false);
  query = $state('');
  matches = $state.raw<SearchMatch[]>([]);
  /** Index of the current match, or -1 when there is none. */
  current = $state(-1);

  /** Finds the query in the given articles (in column order) and starts at the first match. */
  run(query: string, articles: readonly { id: string; text: string }[]): void {
    this.query = query;
    this.matches = findMatches(query, articles);
    this.current = this.matches.length ? 0 : -1;
  }

  /** Moves to the next (1) or previous (-1) match, wrapping around. */
  step(by: 1 | -1): SearchMatch | undefined {
    const n = this.matches.length;
    if (n === 0) return undefined;
    this.current = (((this.current < 0 ? (by > 0 ? -1 : 0) : this.current) + by) % n + n) % n;
    return this.matches[this.current];
  }

  close(): void {
    this.open = false;
    this.matches = [];
    this.current = -1;
  }
}
