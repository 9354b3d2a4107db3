/**
 * Unnamed concepts: groups and things the articles name with common nouns ("the caravan", "migrants", "the
 * deal"), found as noun phrases whose head recurs across outlets, with two heads joined when aligned sentences
 * of different outlets use one where the other uses the other ("the deal" / "the agreement"), each with the
 * namings every outlet uses.
 */
import { TITLE_HEADS } from './lexicon/gazetteer';
import { STOP_WORDS } from './lexicon/stop-words';
import type { Alignment, Concept, Sentence } from './types';

/** What the concept pass reads from each article. */
export interface ConceptArticle {
  id: string;
  sentences: readonly Sentence[];
}

/** At most this many noun phrases per sentence and this many words per phrase (bounded work per sentence). */
const MAX_PHRASES = 16;
const MAX_WORDS = 4;
/** Concepts kept for a set: the most widely and most often named. */
const MAX_CONCEPTS = 12;
/** Aligned sentence pairs that must swap two heads before they count as one concept. */
const MIN_SWAPS = 3;
const LOWER = /^\p{Ll}/u;
const LETTERS = /^\p{L}[\p{L}-]*$/u;
/** Whether a word is letters, hyphens inside (LETTERS): ASCII by character code, the pattern where another character stands. */
function lettersOnly(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 128) return LETTERS.test(raw);
    if (!((c | 32) >= 97 && (c | 32) <= 122) && (k === 0 || c !== 45)) return false;
  }
  return raw.length > 0;
}
const GENERIC = new Set(['time', 'year', 'day', 'week', 'month', 'way', 'thing', 'people', 'part', 'lot', 'number', 'percent', 'statement', 'interview', 'comment', 'report', 'news', 'story', 'question', 'point']);

interface Phrase {
  article: string;
  /** The sentence it is in: its text is cut out of the sentence's only for the mentions of the concepts kept. */
  of: Sentence;
  start: number;
  end: number;
  head: string;
}

/** Noun phrases of a sentence: adjectives and nouns ending on a lower-case common noun. */
function phrases(articleId: string, s: Sentence): Phrase[] {
  const out: Phrase[] = [];
  const t = s.tokens;
  let i = 0;
  while (i < t.length && out.length < MAX_PHRASES) {
    const w = t[i]!;
    if (w.pos !== 'ADJ' && w.pos !== 'NOUN') {
      i++;
      continue;
    }
    let j = i;
    while (j < t.length && (t[j]!.pos === 'ADJ' || t[j]!.pos === 'NOUN') && lettersOnly(t[j]!.raw)) j++;
    // The head is the last noun of the run; the phrase keeps at most MAX_WORDS words before it.
    let h = j - 1;
    while (h >= i && t[h]!.pos !== 'NOUN') h--;
    if (h >= i) {
      const head = t[h]!;
      const lemma = head.lemma ?? head.norm;
      if (LOWER.test(head.raw) && lemma.length > 3 && !STOP_WORDS.has(lemma) && !TITLE_HEADS.has(lemma) && !GENERIC.has(lemma)) {
        const from = Math.max(i, h - MAX_WORDS + 1);
        const first = t[from]!;
        out.push({ article: articleId, of: s, start: first.start, end: head.end, head: lemma });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

const NO_PHRASES: readonly Phrase[] = [];

/** The heads of `a` that `b` lacks, in `a`'s order; undefined where there are more than two (too many to be a swap). */
function only(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] | undefined {
  let out: string[] | undefined;
  for (const h of a) {
    if (b.has(h)) continue;
    if ((out ??= []).length === 2) return undefined;
    out.push(h);
  }
  return out;
}

/** Concepts across the articles; `alignments` join two heads that aligned sentences swap for each other. */
export function findConcepts(articles: readonly ConceptArticle[], alignments: readonly Alignment[]): Concept[] {
  /** Each sentence's phrases, by article id and sentence number. */
  const bySentence = new Map<string, Phrase[][]>();
  const byHead = new Map<string, Phrase[]>();
  for (const a of articles) {
    let ofArticle = bySentence.get(a.id);
    if (!ofArticle) bySentence.set(a.id, (ofArticle = []));
    for (const s of a.sentences) {
      if (s.heading) continue;
      const ps = phrases(a.id, s);
      ofArticle[s.index] = ps;
      for (const p of ps) (byHead.get(p.head) ?? byHead.set(p.head, []).get(p.head)!).push(p);
    }
  }
  const spread = (head: string) => new Set((byHead.get(head) ?? []).map((p) => p.article)).size;
  // Heads one outlet uses where an aligned sentence of another uses a different head: count each pair.
  const swaps = new Map<string, number>();
  for (const al of alignments) {
    const members = al.members.map((m) => {
      const heads = new Set<string>();
      for (const p of bySentence.get(m.articleId)?.[m.sentence] ?? NO_PHRASES) heads.add(p.head);
      return heads;
    });
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const ax = only(members[x]!, members[y]!);
        if (!ax?.length) continue;
        const by = only(members[y]!, members[x]!);
        // Only a near-unambiguous swap (one or two differing heads a side) says two heads may name one thing.
        if (!by?.length) continue;
        for (const a of ax) {
          for (const b of by) {
            // the pair in sorted order: a is not among y's heads, b is, so they differ
            const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
            swaps.set(pair, (swaps.get(pair) ?? 0) + 1);
          }
        }
      }
    }
  }
  // Union the heads of pairs swapped at least twice.
  const parent = new Map<string, string>();
  const find = (h: string): string => {
    let r = h;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(h, r);
    return r;
  };
  // Each head's most swapped partner; two heads join when swapped MIN_SWAPS times or more and each is the other's best.
  const best = new Map<string, { other: string; n: number }>();
  for (const [pair, n] of swaps) {
    const [a, b] = pair.split('\u0000') as [string, string];
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const cur = best.get(x);
      if (!cur || n > cur.n || (n === cur.n && y < cur.other)) best.set(x, { other: y, n });
    }
  }
  for (const [pair, n] of swaps) {
    if (n < MIN_SWAPS) continue;
    const [a, b] = pair.split('\u0000') as [string, string];
    if (best.get(a)?.other !== b || best.get(b)?.other !== a) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, string[]>();
  for (const head of byHead.keys()) (groups.get(find(head)) ?? groups.set(find(head), []).get(find(head))!).push(head);

  // the candidates ranked first; the mentions of the MAX_CONCEPTS kept are gathered and sorted after
  const candidates: { id: string; ranked: string[]; mentions: Phrase[]; weight: number }[] = [];
  for (const heads of groups.values()) {
    // most heads are named too rarely to be a concept: counted before their mentions are gathered
    let named = 0;
    for (const h of heads) named += byHead.get(h)!.length;
    if (named < 4) continue;
    const mentions = heads.flatMap((h) => byHead.get(h)!);
    const outlets = new Set(mentions.map((m) => m.article));
    if (outlets.size < 2) continue;
    const ranked = [...heads].sort((a, b) => (byHead.get(b)?.length ?? 0) - (byHead.get(a)?.length ?? 0) || (a < b ? -1 : 1));
    candidates.push({
      id: `concept-${ranked.join('-')}`,
      ranked,
      mentions,
      weight: outlets.size * 1000 + mentions.length + (heads.length > 1 ? 500 : 0) + Math.min(...heads.map(spread)),
    });
  }
  return candidates
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_CONCEPTS)
    .map(({ id, ranked, mentions }) => ({
      id,
      name: ranked.join(' / '),
      heads: ranked,
      mentions: mentions
        .sort((p, q) => (p.article < q.article ? -1 : p.article > q.article ? 1 : p.start - q.start))
        .map((m) => ({ articleId: m.article, sentence: m.of.index, start: m.start, end: m.end, text: m.of.text.slice(m.start - m.of.start, m.end - m.of.start) })),
    }));
}
