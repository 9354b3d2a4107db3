/** Whether a sentiment-list word is used evaluatively: part of speech, neutral terms, domain vocabulary, negation. */
import { NEWS_NEUTRAL } from './lexicon/framing';
import { DOMAIN_WORDS, NEUTRAL_TERMS, REPORTED_STATES } from './lexicon/neutral-terms';
import type { Token } from './types';

/** Neutral terms by their first lemma, each as its lemmas. */
const TERMS = new Map<string, string[][]>();
for (const term of NEUTRAL_TERMS) {
  const words = term.split(/[\s-]+/u);
  const first = words[0]!;
  TERMS.set(first, [...(TERMS.get(first) ?? []), words]);
}
const LONGEST_TERM = Math.max(...NEUTRAL_TERMS.map((t) => t.split(/[\s-]+/u).length));

/** The lemma of a token, or its norm where wink-nlp gave none. */
export function lemmaOf(t: Token): string {
  return t.lemma ?? t.norm;
}

function same(t: Token, word: string): boolean {
  return t.norm === word || lemmaOf(t) === word;
}

/**
 * Indices of the word tokens of `tokens` that lie inside a neutral multiword term ("peace talks", "tested
 * negative"). Each start is tried against the terms beginning with its word, so the work is linear in the
 * sentence times the longest term.
 */
export function neutralTermTokens(tokens: readonly Token[]): Set<number> {
  const words: number[] = [];
  tokens.forEach((t, i) => {
    if (t.raw !== '-') words.push(i);
  });
  const out = new Set<number>();
  for (let w = 0; w < words.length; w++) {
    const t = tokens[words[w]!]!;
    const byNorm = TERMS.get(t.norm);
    const byLemma = t.lemma && t.lemma !== t.norm ? TERMS.get(t.lemma) : undefined;
    if (!byNorm && !byLemma) continue;
    for (const term of [...(byNorm ?? []), ...(byLemma ?? [])]) {
      if (w + term.length > words.length || term.length > LONGEST_TERM) continue;
      let ok = true;
      for (let k = 1; k < term.length && ok; k++) ok = same(tokens[words[w + k]!]!, term[k]!);
      if (ok) for (let k = 0; k < term.length; k++) out.add(words[w + k]!);
    }
  }
  return out;
}

/** Whether a sentiment-list word is plain news vocabulary whatever its context (reporting words, domain terms, reported states). */
export function isPlainNewsWord(t: Token): boolean {
  const lemma = lemmaOf(t);
  return NEWS_NEUTRAL.has(t.norm) || NEWS_NEUTRAL.has(lemma) || DOMAIN_WORDS.has(lemma) || DOMAIN_WORDS.has(t.norm) || REPORTED_STATES.has(t.norm);
}

/** Why a sentiment-list word is not evaluative here, or undefined when it is. */
/** In a title-case heading the tagger reads most words as proper nouns; there they count as modifiers. */
export function neutralUse(t: Token, score: number, inNeutralTerm: boolean, heading = false): string | undefined {
  if (inNeutralTerm) return 'part of a neutral term';
  if (isPlainNewsWord(t)) return 'plain news vocabulary: reporting words, terms of law, medicine, economics or war, reported states';
  const strength = Math.abs(score);
  switch (heading && t.pos === 'PROPN' ? 'ADJ' : t.pos) {
    case 'ADJ':
    case 'ADV':
      // a modifier in the outlet's voice evaluates whatever its strength; a noun or verb names a thing or an act
      return undefined;
    case 'NOUN':
    case 'VERB':
      if (t.negated) return 'negated';
      return strength >= 3 ? undefined : 'a mild noun or verb names an event rather than judging it';
    case undefined:
      return strength >= 3 ? undefined : 'untagged';
    default:
      return 'not an adjective, adverb, noun or verb';
  }
}
