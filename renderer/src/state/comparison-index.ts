import type { Alignment, ArticleAnalysis, Comparison, Fact, Highlight, MarkCategory, Omission, Sentence, Span } from '../../../engine/index';

function key(articleId: string, sentence: number): string {
  return `${articleId}\u0000${sentence}`;
}

/** Lookups over one comparison: per-article analysis, the alignment of each sentence, omissions by anchor. */
export class ComparisonIndex {
  readonly comparison: Comparison | null;
  readonly #articles = new Map<string, ArticleAnalysis>();
  readonly #alignmentAt = new Map<string, Alignment>();
  readonly #facts = new Map<string, Fact>();
  readonly #omissionsAfter = new Map<string, Map<number, Omission[]>>();

  constructor(comparison: Comparison | null) {
    this.comparison = comparison;
    if (!comparison) return;
    for (const a of comparison.articles) {
      this.#articles.set(a.id, a);
      const byAnchor = new Map<number, Omission[]>();
      for (const o of a.omissions ?? []) {
        const list = byAnchor.get(o.anchor.afterSentence);
        if (list) list.push(o);
        else byAnchor.set(o.anchor.afterSentence, [o]);
      }
      this.#omissionsAfter.set(a.id, byAnchor);
    }
    for (const al of comparison.alignments ?? []) for (const m of al.members) this.#alignmentAt.set(key(m.articleId, m.sentence), al);
    for (const f of comparison.facts ?? []) this.#facts.set(f.id, f);
  }

  /** The engine's analysis of one article, once it has arrived. */
  article(id: string): ArticleAnalysis | undefined {
    return this.#articles.get(id);
  }

  /** The group of sentences that tell the same fact as this one, if any. */
  alignment(articleId: string, sentence: number): Alignment | undefined {
    return this.#alignmentAt.get(key(articleId, sentence));
  }

  fact(id: string): Fact | undefined {
    return this.#facts.get(id);
  }

  /** Omitted facts that would fit after this sentence (-1: before the first). */
  omissionsAfter(articleId: string, sentence: number): Omission[] {
    return this.#omissionsAfter.get(articleId)?.get(sentence) ?? [];
  }
}

/** A run of text inside a sentence, marked or not. */
export interface Piece extends Span {
  text: string;
  mark?: Highlight;
}

/** The part of one sentence that falls inside a paragraph (sentence -1: text outside every sentence). */
export interface SentenceRun extends Span {
  sentence: number;
  pieces: Piece[];
}

/** Non-overlapping highlights in text order: where two overlap, the earlier (then the longer) wins. */
export function orderHighlights(highlights: readonly Highlight[]): Highlight[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Highlight[] = [];
  let end = -1;
  for (const h of sorted) {
    if (h.start < end || h.end <= h.start) continue;
    out.push(h);
    end = h.end;
  }
  return out;
}

function piecesOf(text: string, start: number, end: number, marks: readonly Highlight[]): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s > at) pieces.push({ start: at, end: s, text: text.slice(at, s) });
    pieces.push({ start: s, end: e, text: text.slice(s, e), mark: m });
    at = e;
  }
  if (at < end) pieces.push({ start: at, end, text: text.slice(at, end) });
  return pieces;
}

/**
 * Splits one paragraph of `text` into sentence runs with their marked pieces. `sentences` and `marks`
 * are in text order (marks from orderHighlights). Pieces always slice `text` exactly.
 */
export function segmentParagraph(text: string, span: Span, sentences: readonly Sentence[], marks: readonly Highlight[]): SentenceRun[] {
  const runs: SentenceRun[] = [];
  const inside = marks.filter((m) => m.end > span.start && m.start < span.end);
  let at = span.start;
  const push = (sentence: number, start: number, end: number) => {
    if (end > start) runs.push({ sentence, start, end, pieces: piecesOf(text, start, end, inside) });
  };
  for (const s of sentences) {
    if (s.end <= span.start || s.start >= span.end) continue;
    const start = Math.max(s.start, span.start, at);
    const end = Math.min(s.end, span.end);
    if (end <= start) continue;
    push(-1, at, start);
    push(s.index, start, end);
    at = end;
  }
  push(-1, at, span.end);
  return runs;
}

/** A word that differs between aligned sentences, as the popover shows it. */
export interface DiffWord {
  text: string;
  category?: MarkCategory;
  reason?: string;
}

/** Per member article: the framing words (classified) and the other words only it uses. */
export interface DiffSummary {
  articleId: string;
  sentence: number;
  framed: DiffWord[];
  other: string[];
}

/** The word-level differences of an alignment, grouped by article in member order. */
export function summariseDifferences(alignment: Alignment): DiffSummary[] {
  return alignment.members.map((m) => {
    const framed: DiffWord[] = [];
    const other: string[] = [];
    const seen = new Set<string>();
    for (const d of alignment.differences) {
      if (d.articleId !== m.articleId || d.sentence !== m.sentence) continue;
      const word = d.text.toLowerCase();
      if (seen.has(word)) continue;
      seen.add(word);
      if (d.category) framed.push({ text: d.text, category: d.category, reason: d.reason });
      else other.push(d.text);
    }
    return { articleId: m.articleId, sentence: m.sentence, framed, other };
  });
}
