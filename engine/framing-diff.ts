import { diffArrays } from 'diff';
import { isWord, type PreparedSentence } from './align';
import { AMBIGUOUS_ATTRIBUTION, ATTRIBUTION } from './lexicon/speech';
import type { AttributionClass, Highlight, MarkCategory, Token, WordDifference } from './types';
import { wordChoices, type UnsharedWords, type WordClass } from './word-choice';
import { wordVectors, type WordVectors } from './word-vectors';

/** A word's framing class: part 1's highlight where the article has one, else this small fallback list. */
export type WordClassifier = (
  articleId: string,
  token: Token,
) => { category: MarkCategory; reason: string; attribution?: AttributionClass; start?: number; quoted?: boolean } | undefined;

/** Other versions of a sentence each version is diffed against: bounds the work in large groups. */
const VERSIONS_COMPARED = 4;

const FALLBACK_REASON: Record<AttributionClass, string> = {
  neutral: 'Neutral attribution: reports the words without judging them.',
  doubt: 'Casts doubt on the source: suggests the statement may not be true.',
  endorse: 'Endorses the source: presents the statement as established fact.',
  wrongdoing: 'Implies wrongdoing: suggests the source gave something up reluctantly.',
};

/**
 * The attribution verbs the column marks (lexicon/speech.ts), classed as the column classes them; not the forms that
 * are nouns as often ("claims", "states"), which the column marks only in context.
 */
const FALLBACK: ReadonlyMap<string, { category: MarkCategory; reason: string; attribution: AttributionClass }> = new Map(
  [...ATTRIBUTION]
    .filter(([w]) => !AMBIGUOUS_ATTRIBUTION.has(w))
    .map(([w, attribution]) => [w, { category: 'attribution', attribution, reason: FALLBACK_REASON[attribution] }]),
);

/** Classifies by the article's framing highlights and attribution verbs (sorted by offset); for an article not analysed, by the attribution verbs list. */
export function highlightClassifier(highlightsById: Map<string, readonly Highlight[]>): WordClassifier {
  return (articleId, token) => {
    const list = highlightsById.get(articleId);
    // an analysed article's marks and attribution verbs are the column's decision ("alleged excessive force", "denies
    // the existence of" are no attribution there): the list decides only for words no analysis has seen
    if (list) {
      // highlights are sorted by offset: binary search for the first that ends after the token starts
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.end <= token.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = Math.max(0, lo - 2); i < list.length && list[i]!.start < token.end; i++) {
        const h = list[i]!;
        if (h.start < token.end && h.end > token.start) {
          const cls: ReturnType<WordClassifier> = { category: h.category, reason: h.reason, start: h.start };
          if (h.attribution) cls.attribution = h.attribution;
          if (h.quoted) cls.quoted = true;
          return cls;
        }
      }
      return undefined;
    }
    return FALLBACK.get(token.norm);
  };
}

/** Edits beyond which two versions count as different sentences and are matched word by word instead. */
const MAX_EDITS = 40;

interface Version {
  members: PreparedSentence[];
  /** The compared words of each member, in the order of `members`. */
  memberTokens: Token[][];
  tokens: Token[];
  norms: string[];
  /** `norms` as a set, made on first use (a version is matched against up to VERSIONS_COMPARED others). */
  normSet?: Set<string>;
  matched: boolean[];
}

/**
 * Marks the words two versions share, in order, with `diffArrays`. Words only one version has cannot
 * match and are left out of the diff first, which keeps it short; past MAX_EDITS the versions count as
 * different sentences and are matched word by word instead.
 */
function match(a: Version, b: Version): void {
  const inA = (a.normSet ??= new Set(a.norms));
  const inB = (b.normSet ??= new Set(b.norms));
  const ia: number[] = [];
  const ib: number[] = [];
  a.norms.forEach((n, i) => inB.has(n) && ia.push(i));
  b.norms.forEach((n, i) => inA.has(n) && ib.push(i));
  if (!ia.length) return;
  const changes = diffArrays(
    ia.map((i) => a.norms[i]!),
    ib.map((i) => b.norms[i]!),
    { maxEditLength: MAX_EDITS },
  );
  if (!changes) {
    for (const i of ia) a.matched[i] = true;
    for (const i of ib) b.matched[i] = true;
    return;
  }
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.removed) i += change.count;
    else if (change.added) j += change.count;
    else {
      for (let k = 0; k < change.count; k++) {
        a.matched[ia[i + k]!] = true;
        b.matched[ib[j + k]!] = true;
      }
      i += change.count;
      j += change.count;
    }
  }
}

/**
 * Words each aligned sentence uses where the others word it differently (diffed on the norms of its
 * content and framing words with the `diff` package), classified as framing words where part 1 marks
 * them. Neighbouring words under one framing mark ("according to") come as one difference.
 */
export function framingDifferences(
  members: PreparedSentence[],
  classify: WordClassifier = highlightClassifier(new Map()),
  vectors: WordVectors = wordVectors(),
): WordDifference[] {
  const versions = new Map<string, Version>();
  for (const m of members) {
    // a function word counts where a mark classes it ("according to"), but not for its type alone: "AND" in capitals is
    // the "and" the others write, which no version compares
    const tokens = m.sentence.tokens.filter((t) => isWord(t.raw) && (t.content || (classify(m.articleId, t)?.category ?? 'emphasis') !== 'emphasis'));
    const norms = tokens.map((t) => t.norm);
    const key = norms.join(' ');
    const v = versions.get(key);
    if (v) {
      v.members.push(m);
      v.memberTokens.push(tokens);
    } else versions.set(key, { members: [m], memberTokens: [tokens], tokens, norms, matched: new Array<boolean>(norms.length).fill(false) });
  }
  const list = [...versions.values()];
  if (list.length < 2) return [];
  const n = list.length;
  const reach = Math.min(VERSIONS_COMPARED, n - 1);
  for (let i = 0; i < n; i++) {
    for (let k = 1; k <= reach; k++) {
      const j = (i + k) % n;
      // each pair once: when every version reaches every other, only forwards
      if (reach === n - 1 && j < i) continue;
      match(list[i]!, list[j]!);
    }
  }
  // word choices: attribution verbs that differ in class, and stronger words for what the others name plainly
  const unshared: UnsharedWords[] = list.map((v) => {
    const articleId = v.members[0]!.articleId;
    const words: UnsharedWords['words'] = [];
    let before: string | undefined;
    let pending: UnsharedWords['words'] = [];
    v.tokens.forEach((token, index) => {
      if (v.matched[index]) {
        before = v.norms[index];
        for (const w of pending) w.after = before;
        pending = [];
        return;
      }
      const w = { index, token, cls: classify(articleId, token) as WordClass | undefined, before, after: undefined };
      words.push(w);
      pending.push(w);
    });
    return { articles: v.members.length, words };
  });
  const choices = wordChoices(unshared, vectors);
  const out: WordDifference[] = [];
  for (const [vi, v] of list.entries()) {
    const chosen = choices.get(vi)!;
    v.members.forEach((m, mi) => {
      let last: WordDifference | undefined;
      // where the framing mark of `last` starts: words under one mark join it
      let lastMark: number | undefined;
      v.memberTokens[mi]!.forEach((t, i) => {
        if (v.matched[i]) {
          last = undefined;
          return;
        }
        const cls: (WordClass & { start?: number }) | undefined = chosen.has(i) ? chosen.get(i) : classify(m.articleId, t);
        if (cls && last && lastMark === cls.start && last.category === cls.category) {
          last.end = t.end;
          last.text = m.sentence.text.slice(last.start - m.sentence.start, t.end - m.sentence.start);
          return;
        }
        const d: WordDifference = { articleId: m.articleId, sentence: m.sentence.index, text: t.raw, start: t.start, end: t.end };
        lastMark = undefined;
        if (cls) {
          d.category = cls.category;
          d.reason = cls.reason;
          if (cls.attribution) d.attribution = cls.attribution;
          lastMark = cls.start;
        }
        out.push(d);
        last = d;
      });
    });
  }
  return out;
}
