/**
 * Whether a sentence tells the same claim as a statement fact, not merely its topic: the statement's main
 * predicate (a verb that is not a helper or a speech verb, by lemma or WordNet's same thing) recurs in the
 * sentence or the one beside it. Words of the topic ("Trump", "Kim", "summit") recur in every sentence of a story;
 * what each says of them is in the verb.
 */
import type { PreparedSentence } from './features';
import { REPORTING_LEMMAS, SPEECH_VERBS } from './lexicon/speech';
import { lemmaOf } from './markers-evaluative';
import { stem } from './tokens';
import type { Sentence } from './types';
import { PairAnswers, wordSenses } from './word-senses';

/** Verbs that say nothing of what happened on their own: helpers and the commonest light verbs. */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'come', 'let', 'become', 'seem', 'include', 'use']);

const predicateCache = new WeakMap<Sentence, string[]>();

/** The main predicates of a sentence: lemmas of its verbs that neither help nor report speech. */
export function predicates(s: Sentence): string[] {
  let out = predicateCache.get(s);
  if (!out) {
    const set = new Set<string>();
    s.tokens.forEach((t, i) => {
      if (t.pos !== 'VERB') return;
      // a verb joined to a word before it ("aluminum-exporting", "self-imposed") describes a noun, not what happened
      if (i > 0 && s.tokens[i - 1]!.raw === '-' && s.tokens[i - 1]!.end === t.start) return;
      const lemma = lemmaOf(t);
      if (LIGHT.has(lemma) || REPORTING_LEMMAS.has(lemma) || SPEECH_VERBS.has(t.norm)) return;
      set.add(lemma);
    });
    out = [...set];
    predicateCache.set(s, out);
  }
  return out;
}

const SAME = new PairAnswers(100_000);

function askSameThing(a: string, b: string): boolean {
  const senses = wordSenses();
  return senses.has(a) && senses.has(b) && senses.sameThing(a, b);
}

/** WordNet's same thing for two lemmas, asked once per pair (bounded). */
export function sameThing(a: string, b: string): boolean {
  return SAME.get(a, b, askSameThing);
}

/** A sentence's words as a predicate may recur in them: lemmas and stems of its content words, and its verbs. */
interface SentenceWords {
  forms: Set<string>;
  verbs: string[];
}
const wordsCache = new WeakMap<Sentence, SentenceWords>();

function wordsOf(s: Sentence): SentenceWords {
  let w = wordsCache.get(s);
  if (!w) {
    w = { forms: new Set(), verbs: [] };
    for (const t of s.tokens) {
      if (!t.content) continue;
      const lemma = lemmaOf(t);
      // a content token's stem is its norm's: a lemma that is the norm has that stem
      w.forms.add(lemma).add(t.stem);
      if (lemma !== t.norm) w.forms.add(stem(lemma));
      if (t.pos === 'VERB') w.verbs.push(lemma);
      else if (t.pos === 'NOUN') {
        // a noun of the act says its verb where the two are spelt apart ("the decision" for "decided")
        const verb = wordSenses().eventVerb(lemma);
        if (verb !== undefined) w.forms.add(verb);
      }
    }
    wordsCache.set(s, w);
  }
  return w;
}

/**
 * Whether sentence s says predicate p: the same lemma or stem ("met", "meeting"), a noun WordNet names after it ("the
 * decision" for "decided"), or (asking WordNet, which costs more) a verb naming the same act.
 */
export function says(s: Sentence, p: string, synonyms: boolean): boolean {
  const w = wordsOf(s);
  return synonyms ? w.verbs.some((v) => sameThing(p, v)) : w.forms.has(p) || w.forms.has(stem(p));
}

/**
 * Whether `candidate` (with its neighbours in `article`) tells the claim of `claim`: one of the claim's main
 * predicates recurs there, or the claim has none (a statement of being or saying is judged by its words alone).
 * Without `synonyms`, only the predicate's own word counts; with `synonymsNearby` false, a verb naming the same act
 * counts in the candidate itself only, the predicate's own word in its neighbours too.
 */
export function tellsClaim(claim: PreparedSentence, candidate: PreparedSentence, article: readonly PreparedSentence[], synonyms = true, synonymsNearby = true): boolean {
  const wanted = predicates(claim.sentence);
  if (!wanted.length) return true;
  // the candidate and its neighbours that are not headings
  const i = candidate.sentence.index;
  const before = bodyOf(article[i - 1]);
  const after = bodyOf(article[i + 1]);
  const inWindow = (p: string, synonyms: boolean) =>
    says(candidate.sentence, p, synonyms) || (before !== undefined && says(before, p, synonyms)) || (after !== undefined && says(after, p, synonyms));
  if (wanted.some((p) => inWindow(p, false))) return true;
  return synonyms && wanted.some((p) => (synonymsNearby ? inWindow(p, true) : says(candidate.sentence, p, true)));
}

/**
 * Whether `candidate` itself (not its neighbours) says one of the claim's main predicates (other than `except`) in
 * the predicate's own word ("expected", "expectation"), or in the noun of its act ("decided", "the decision"): a
 * sentence that says two things says each in its own words.
 */
export function saysClaimItself(claim: PreparedSentence, candidate: PreparedSentence, except?: ReadonlySet<string>): boolean {
  const wanted = except ? predicates(claim.sentence).filter((p) => !except.has(p)) : predicates(claim.sentence);
  if (!wanted.length) return false;
  const stems = new Set(wanted.map((p) => stem(p)));
  // as a verb or a noun: "like" in "a price like no other" does not say "likes to leave"
  return candidate.sentence.tokens.some((t) => {
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') return false;
    const lemma = lemmaOf(t);
    if (wanted.includes(lemma) || stems.has(t.stem)) return true;
    const verb = t.pos === 'NOUN' ? wordSenses().eventVerb(lemma) : undefined;
    return verb !== undefined && wanted.includes(verb);
  });
}

function bodyOf(s: PreparedSentence | undefined): Sentence | undefined {
  return s === undefined || s.sentence.heading ? undefined : s.sentence;
}
