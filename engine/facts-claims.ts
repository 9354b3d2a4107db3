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
import type { Sentence, Token } from './types';
import { PairAnswers, wordSenses } from './word-senses';

/** Verbs that say nothing of what happened on their own: helpers and the commonest light verbs. */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'come', 'let', 'become', 'seem', 'include', 'use']);

/**
 * Words that deny the verb after them: a negation ("never, ever made"), a refusal ("declined to predict") or a
 * forecast that it will not happen ("unlikely to open").
 */
const DENYING = new Set(['not', "n't", 'never', 'no', 'cannot', 'declined', 'declines', 'refused', 'refuses', 'failed', 'fails', 'unlikely']);
/** Tokens before a verb within which a denying word negates it. */
const DENIAL_REACH = 4;

/** Whether the verb at i is negated or follows a denying word closely, within its clause. */
export function denied(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.negated) return true;
  for (let k = i - 1; k >= Math.max(0, i - DENIAL_REACH); k--) {
    if (DENYING.has(tokens[k]!.norm)) return true;
    if (tokens[k]!.raw === ';' || tokens[k]!.raw === '.') return false;
  }
  return false;
}

const predicateCache = new WeakMap<Sentence, string[]>();

/** Particles that make a verb of two words with the verb before them ("called off", "pulled out", "put off"). */
const PARTICLES = new Set(['off', 'out', 'up', 'down', 'back', 'over', 'away', 'aside', 'through', 'in', 'on', 'ahead']);

/**
 * The verb of two words the verb at i opens with the particle right after it, as WordNet names it ("called off" →
 * "call_off"), or undefined: "called off" says what "cancelled" says, and nothing of a "call".
 */
export function phrasalVerb(tokens: Sentence['tokens'], i: number): string | undefined {
  const next = tokens[i + 1];
  if (!next || !PARTICLES.has(next.norm) || next.start > tokens[i]!.end + 1) return undefined;
  const verb = `${lemmaOf(tokens[i]!)}_${next.norm}`;
  return wordSenses().has(verb) ? verb : undefined;
}

/** The main predicates of a sentence: lemmas of its verbs that neither help nor report speech. */
export function predicates(s: Sentence): string[] {
  let out = predicateCache.get(s);
  if (!out) {
    const set = new Set<string>();
    s.tokens.forEach((t, i) => {
      if (t.pos !== 'VERB') return;
      // a verb joined to a word before it ("aluminum-exporting", "self-imposed") describes a noun, not what happened
      if (i > 0 && s.tokens[i - 1]!.raw === '-' && s.tokens[i - 1]!.end === t.start) return;
      // "gave up", "took over": a light verb with its particle names an act of its own
      const phrasal = phrasalVerb(s.tokens, i);
      if (phrasal) {
        set.add(phrasal);
        return;
      }
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
  /** Its verbs said denied ("would not delay", "unlikely to open"). */
  deniedVerbs: Set<string>;
}
const wordsCache = new WeakMap<Sentence, SentenceWords>();

function wordsOf(s: Sentence): SentenceWords {
  let w = wordsCache.get(s);
  if (!w) {
    const made: SentenceWords = { forms: new Set(), verbs: [], deniedVerbs: new Set() };
    s.tokens.forEach((t, i) => {
      if (!t.content) return;
      const lemma = lemmaOf(t);
      // a content token's stem is its norm's: a lemma that is the norm has that stem
      made.forms.add(lemma).add(t.stem);
      if (lemma !== t.norm) made.forms.add(stem(lemma));
      if (t.pos === 'VERB') {
        // a verb with its particle is that verb of two words, not the bare verb ("called off" is no "call")
        const phrasal = phrasalVerb(s.tokens, i);
        if (phrasal) made.forms.add(phrasal);
        made.verbs.push(phrasal ?? lemma);
        if (denied(s.tokens, i)) made.deniedVerbs.add(phrasal ?? lemma);
      } else if (t.pos === 'NOUN') {
        // a noun of the act says its verb where the two are spelt apart ("the decision" for "decided")
        const verb = wordSenses().eventVerb(lemma);
        if (verb !== undefined) made.forms.add(verb);
      }
    });
    wordsCache.set(s, (w = made));
  }
  return w;
}

/**
 * Whether sentence s says predicate p: the same lemma or stem ("met", "meeting"), a noun WordNet names after it ("the
 * decision" for "decided"), or (asking WordNet, which costs more) a verb naming the same act, said denied where
 * `denial` says p is and plainly where it says p is not ("put off the sale" does not say "would not delay the sale").
 */
export function says(s: Sentence, p: string, synonyms: boolean, denial?: boolean): boolean {
  const w = wordsOf(s);
  if (!synonyms) return w.forms.has(p) || w.forms.has(stem(p));
  return w.verbs.some((v) => sameThing(p, v) && (denial === undefined || w.deniedVerbs.has(v) === denial));
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
  // a verb naming the same act tells the claim only said the same way, plainly or denied
  const denial = wordsOf(claim.sentence).deniedVerbs;
  const inWindow = (p: string, synonyms: boolean) => {
    const d = synonyms ? denial.has(p) : undefined;
    return says(candidate.sentence, p, synonyms, d) || (before !== undefined && says(before, p, synonyms, d)) || (after !== undefined && says(after, p, synonyms, d));
  };
  if (wanted.some((p) => inWindow(p, false))) return true;
  return synonyms && wanted.some((p) => (synonymsNearby ? inWindow(p, true) : says(candidate.sentence, p, true, denial.has(p))));
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
