import { diffArrays } from 'diff';
import type { PreparedSentence } from './align';
import type { Highlight, MarkCategory, Token, WordDifference } from './types';

/** A word's framing class: part 1's highlight where the article has one, else this small fallback list. */
export type WordClassifier = (articleId: string, token: Token) => { category: MarkCategory; reason: string } | undefined;

/** Other versions of a sentence each version is diffed against: bounds the work in large groups. */
const VERSIONS_COMPARED = 4;
const WORD = /[\p{L}\p{N}]/u;

const FALLBACK: Record<string, { category: MarkCategory; reason: string }> = {};
for (const w of ['said', 'says', 'told', 'stated', 'added', 'announced', 'reported', 'noted', 'wrote', 'explained']) {
  FALLBACK[w] = { category: 'attribution', reason: 'Neutral attribution: reports the words without judging them.' };
}
for (const w of ['claimed', 'claims', 'insisted', 'insists', 'alleged', 'alleges', 'purported', 'maintained']) {
  FALLBACK[w] = { category: 'attribution', reason: 'Casts doubt on the source: suggests the statement may not be true.' };
}
for (const w of ['confirmed', 'confirms', 'acknowledged', 'revealed', 'reveals', 'showed', 'proved', 'affirmed']) {
  FALLBACK[w] = { category: 'attribution', reason: 'Endorses the source: presents the statement as established fact.' };
}
for (const w of ['admitted', 'admits', 'conceded', 'concedes', 'confessed']) {
  FALLBACK[w] = { category: 'attribution', reason: 'Implies wrongdoing: suggests the source gave something up reluctantly.' };
}

/** Classifies by the article's framing highlights (part 1), falling back to attribution verbs. */
export function highlightClassifier(highlightsById: Map<string, readonly Highlight[]>): WordClassifier {
  return (articleId, token) => {
    const list = highlightsById.get(articleId);
    if (list && list.length) {
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
        if (h.start < token.end && h.end > token.start) return { category: h.category, reason: h.reason };
      }
    }
    return FALLBACK[token.norm];
  };
}

function words(s: PreparedSentence): Token[] {
  return s.sentence.tokens.filter((t) => WORD.test(t.raw));
}

/**
 * Words each aligned sentence uses where the others word it differently (diffed on token norms with
 * the `diff` package), classified as framing words where part 1 marks them.
 */
export function framingDifferences(members: PreparedSentence[], classify: WordClassifier = highlightClassifier(new Map())): WordDifference[] {
  const versions = new Map<string, { tokens: Token[]; norms: string[]; members: PreparedSentence[] }>();
  for (const m of members) {
    const tokens = words(m);
    const norms = tokens.map((t) => t.norm);
    const key = norms.join(' ');
    const v = versions.get(key);
    if (v) v.members.push(m);
    else versions.set(key, { tokens, norms, members: [m] });
  }
  const list = [...versions.values()];
  if (list.length < 2) return [];
  const out: WordDifference[] = [];
  list.forEach((v, vi) => {
    const matched = new Array<boolean>(v.norms.length).fill(false);
    for (let k = 1; k <= Math.min(VERSIONS_COMPARED, list.length - 1); k++) {
      const other = list[(vi + k) % list.length]!;
      let at = 0;
      for (const change of diffArrays(other.norms, v.norms)) {
        if (change.removed) continue;
        if (!change.added) for (let i = 0; i < change.count; i++) matched[at + i] = true;
        at += change.count;
      }
    }
    for (const m of v.members) {
      const tokens = words(m);
      tokens.forEach((t, i) => {
        if (matched[i]) return;
        const cls = classify(m.articleId, t);
        if (!cls && !t.content) return;
        const d: WordDifference = { articleId: m.articleId, sentence: m.sentence.index, text: t.raw, start: t.start, end: t.end };
        if (cls) {
          d.category = cls.category;
          d.reason = cls.reason;
        }
        out.push(d);
      });
    }
  });
  return out;
}
