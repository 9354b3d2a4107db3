/** Word-level framing marks: loaded words and idioms, descriptors, intensifiers, minimisers, stance adverbs, hedges, attribution verbs. */
import { CONFLICT_FRAME, DISMISSIVE_NOUNS, LAUDATORY, LOADED_IDIOMS, LOADED_VERBS, MINIMISERS, PEJORATIVE, STANCE_ADVERBS, STATUS_ADJECTIVES } from './lexicon/descriptors';
import {
  ACCUSATIONS,
  INQUIRIES,
  CAMP_LABELS,
  ADJECTIVE_DEGREE_WORDS,
  CHARACTERISATIONS,
  ATTITUDES,
  DEGREE_WORDS,
  DISTANCING,
  FEELING_VERBS,
  HEDGES,
  INTENSIFIERS,
  EXTREME_AMPLIFIERS,
  LOADED,
  POLITICAL_ACTORS,
  WEASEL_PHRASES,
  WEASEL_SUBJECTS,
  WEASEL_VERBS,
} from './lexicon/framing';
import { DOMAIN_WORDS, LEGAL_OFFENCES } from './lexicon/neutral-terms';
import { AMBIGUOUS_ATTRIBUTION, ATTRIBUTION, CLAIMED_THINGS, LEGAL_HEDGES, LEGAL_PROCEEDINGS, LEGAL_TERMS_OF_ART, TAKING_VERBS } from './lexicon/speech';
import { VADER } from './lexicon/vader';
import { memoized } from './memo';
import { adverbBase, listedScore, scoreCitation, describesPerson, nounBase, COMPARISON_BOOSTERS, intensifiedComparison, isEvaluativeAdjective, lemmaOf, isPlainNewsWord, literalFight, neutralTermTokens, neutralUse, plainSense, plainVerbSense, reportedFeeling, reportedFeelingNoun, socialStanding, verbReading } from './markers-evaluative';
import { inRanges, reportedClauses } from './markers-reported';
import { STOP_WORDS } from './lexicon/stop-words';
import { AFINN } from './sentiment';
import { isWordLike, startsLower, startsUpper, type Span } from './text';
import type { AttributionClass, MarkCategory, Sentence, Token } from './types';

/** A mark before overlaps are resolved. */
export interface Candidate extends Span {
  category: MarkCategory;
  reason: string;
  attribution?: AttributionClass;
  /** Scare quotes: the mark is the quoted words themselves, the outlet's quotation marks. */
  scare?: boolean;
}

const ATTRIBUTION_REASON: Record<AttributionClass, (w: string) => string> = {
  neutral: (w) => `Neutral attribution verb ('${w}'): reports the statement without judging it`,
  doubt: (w) => `Attribution verb that casts doubt on the statement ('${w}')`,
  endorse: (w) => `Attribution verb that presents the statement as established fact ('${w}')`,
  wrongdoing: (w) => `Attribution verb that implies fault or a reluctant admission ('${w}')`,
};

interface Phrase {
  words: string[];
  category: MarkCategory;
  reason: (text: string) => string;
}

/** Phrases by first word; `lemmas` phrases match each word by norm or lemma ("seized on", "took a swipe"). */
const PHRASES = new Map<string, Phrase[]>();
/** Prepositions of idioms whose verb takes an object first ("shower someone with"), and the object pronouns there. */
const PARTICLES = new Set(['with']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);
const HYPHENATED = /(\p{L})-(?=\p{L})/gu;
function addPhrase(source: string, category: MarkCategory, reason: (text: string) => string): void {
  const words = source.replace(HYPHENATED, '$1 - ').split(' ');
  const first = words[0]!;
  PHRASES.set(first, [...(PHRASES.get(first) ?? []), { words, category, reason }]);
}
for (const [phrase, why] of Object.entries(LOADED)) addPhrase(phrase, 'loaded', (t) => `Loaded wording: '${t}' ${why}`);
for (const [idiom, why] of LOADED_IDIOMS) addPhrase(idiom, 'loaded', (t) => `Loaded idiom: '${t}' ${why}`);
// a hyphenated verb is several tokens ("cherry-picked", "strong-arming"): matched as a phrase of lemmas
for (const [verb, why] of LOADED_VERBS) if (verb.includes('-')) addPhrase(verb, 'loaded', (t) => `Loaded verb: '${t}' ${why}`);
for (const phrase of WEASEL_PHRASES) addPhrase(phrase, 'hedge', (t) => `Weasel wording: '${t}' cites nobody in particular`);

/** Every word that can start a mark. */
const MAY_START: ReadonlySet<string> = new Set([
  ...PHRASES.keys(),
  ...ATTRIBUTION.keys(),
  ...WEASEL_SUBJECTS,
  ...STANCE_ADVERBS.keys(),
  ...HEDGES,
  ...MINIMISERS.keys(),
  ...INTENSIFIERS,
  ...EXTREME_AMPLIFIERS,
  ...DEGREE_WORDS,
  ...CONFLICT_FRAME,
  ...PEJORATIVE,
  ...LAUDATORY,
  ...LOADED_VERBS.keys(),
  ...DISMISSIVE_NOUNS,
  ...AFINN.keys(),
  ...VADER.keys(),
  ...COMPARISON_BOOSTERS,
  'most',
  'appear',
  'seem',
  'lie',
  'lies',
  'lying',
]);

/** Marks that speak in the outlet's own voice, and so not in a speaker's reported clause. */
const OWN_VOICE: ReadonlySet<MarkCategory> = new Set(['loaded', 'intensifier', 'hedge']);
const DENIAL = new Set(['denied', 'denies', 'denying']);
/** "denied that / any wrongdoing / the allegations" is attribution; "denied the request" is a ruling. */
const DENIED_OBJECTS = new Set(['that', 'any', 'wrongdoing', 'allegations', 'claims', 'accusations', 'reports', 'having', 'being', 'it']);
const POSSESSIVE = /'s?$/u;
const ADDED = new Set(['added', 'adds', 'adding']);
const MIND_READING = new Set(['appear', 'seem']);
const NUMERIC = /^[\d$€£.,%]+$/u;
const YEAR = /^(?:1[89]|20)\d\d$/u;

const DISMISSIVE = 'a dismissive noun: it judges what it names instead of describing it';
/** Why a noun dismisses what it names ("utter drivel", "pure theatrics"); a verb of the same form is left to the verb lists. */
function dismissiveNoun(t: Token, lemma: string): string | undefined {
  return t.pos === 'NOUN' && (DISMISSIVE_NOUNS.has(lemma) || DISMISSIVE_NOUNS.has(t.norm)) ? DISMISSIVE : undefined;
}

function descriptorReason(word: string): string | undefined {
  if (CONFLICT_FRAME.has(word)) return 'a conflict metaphor: it frames a dispute as a fight';
  if (PEJORATIVE.has(word)) return 'a pejorative descriptor: it passes judgment instead of describing';
  if (LAUDATORY.has(word)) return 'a laudatory descriptor: it praises instead of describing';
  return undefined;
}

/**
 * Marks of one sentence's tokens. Attribution verbs of every class go to `attributions`; only the ones that
 * colour the statement (doubt, endorse, wrongdoing) are framing marks.
 */
export function markTokens(text: string, s: Sentence, names: readonly Span[], out: Candidate[], attributions: Candidate[], quotes: readonly Span[] = []): void {
  const first = out.length;
  // a line in title case is a headline wherever it stands: its capitals start no names
  markSentence(text, s.heading || !isTitleCase(s.tokens) ? s : { ...s, heading: true }, names, out, attributions);
  if (out.length === first) return;
  const reported = reportedClauses(s.tokens, names);
  // "alleging a conspiracy", "denied colluding", "accused them of meddling": the wrong an accusation names is
  // what the accuser says, reported, not the outlet's own judgment
  let kept = first;
  const legal = inLegalProceedings(s.tokens);
  for (let k = first; k < out.length; k++) {
    const c = out[k]!;
    if (c.category === 'loaded' && reportedAccusation(s.tokens, c.start)) continue;
    // "a lawsuit … for conspiring to help": in legal proceedings an offence's name is the charge
    if (c.category === 'loaded' && chargedOffence(s.tokens, c.start) && (legal || listedWithOffences(s.tokens, c.start) || underCharge(s.tokens, c.start))) continue;
    // "sued them for allegedly disrupting the vote": the hedge the law asks of a report on a charge
    if (c.category === 'hedge' && legal && LEGAL_HEDGES.has(text.slice(c.start, c.end).toLowerCase())) continue;
    // "China will take negative measures, the ministry said": the speaker's words, paraphrased, not the outlet's
    // (a direct quote inside keeps its marks, shown as the speaker's)
    if (reported.length && OWN_VOICE.has(c.category) && inRanges(reported, tokenAt(s.tokens, c.start)) && !quotes.some((q) => q.start <= c.start && c.end <= q.end)) continue;
    out[kept++] = c;
  }
  out.length = kept;
}

const STARTS_LETTER = /^\p{L}/u;

/**
 * Whether a sentence is written in title case ("Mayor Slams Reckless Plan for the Harbor"): at least four words, and
 * every word of four letters or more but at most one starts with a capital.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.raw.length < 4 || !startsLetter(t.raw)) continue;
    long++;
    // two long words in lower case make any sentence no title: most sentences are told after a few words
    if (startsLower(t.raw) && ++lower > 1) return false;
  }
  return long >= 4 && lower <= (long >= 8 ? 1 : 0);
}

/** Whether a token starts with a letter: ASCII by character code, the pattern past it. */
function startsLetter(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : STARTS_LETTER.test(raw);
}

function markSentence(text: string, s: Sentence, names: readonly Span[], out: Candidate[], attributions: Candidate[]): void {
  const tokens = s.tokens;
  const neutral = neutralTermTokens(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const norm = t.norm.includes("'") ? t.norm.replace(POSSESSIVE, '') : t.norm;
    const lemma = lemmaOf(t);
    // most words can start no mark: set look-ups skip them before any pattern test (listed verbs are in MAY_START,
    // so only their inflections the lemmatiser missed need the stem check)
    if (!mayStart(norm) && (lemma === norm || !MAY_START.has(lemma)) && tokens[i + 1]?.raw !== '-') continue;
    if (!isWordLike(t.raw) || overlaps(names, t.start, t.end)) continue;
    // A capital inside a sentence starts a name ("Great Wall"), except in headings.
    const capitalised = !s.heading && !startsLower(t.raw) && i > 0;

    const phrase = capitalised || neutral.has(i) ? undefined : matchPhrase(tokens, i);
    // "a far-right party", "left-wing protesters": a camp label in front of a political actor describes it
    if (phrase && CAMP_LABELS.has(phrase.phrase.words.join('')) && describesPoliticalActor(tokens, i + phrase.length)) {
      i += phrase.length - 1;
      continue;
    }
    // "the pandemic raged on", "a dangerous storm": a listed word in its plain sense (a verb of anger said of no
    // person, a modifier of the noun that gives it its literal meaning)
    if (phrase && phrase.length === 1 && (plainVerbSense(tokens, i) || plainSense(tokens, i))) {
      continue;
    }
    // "assaulting police officers", "armed when under fire": a word of fighting among fighters reports the fight
    if (phrase && phrase.phrase.category === 'loaded' && phraseIsLiteralFight(tokens, i, phrase.length)) {
      i += phrase.length - 1;
      continue;
    }
    // "the so-called 'fetal heartbeat' bill": before quotation marks it introduces a name, as "dubbed" does; before a
    // plain term of medicine, law or economics ("a so-called breakthrough infection") it introduces the term
    if (phrase && phrase.phrase.words.join('') === 'so-called' && (QUOTE_MARK.test(tokens[i + phrase.length]?.raw ?? '') || neutral.has(i + phrase.length))) {
      i += phrase.length - 1;
      continue;
    }
    if (phrase) {
      const end = tokens[i + phrase.length - 1]!.end;
      // the mark covers the idiom's figurative words ("fire" in "came under fire"); the reason quotes it whole
      const head = phrase.phrase.category === 'loaded' ? idiomHead(tokens, i, i + phrase.length - 1) : { start: t.start, end };
      out.push({ start: head.start, end: head.end, category: phrase.phrase.category, reason: phrase.phrase.reason(text.slice(t.start, end)) });
      i += phrase.length - 1;
      continue;
    }
    if (capitalised) continue;

    const listed = ATTRIBUTION.get(norm);
    if (listed && isAttribution(tokens, i, norm)) {
      const end = norm === 'according' || norm === 'pointed' ? tokens[i + 1]!.end : t.end;
      const w = text.slice(t.start, end);
      // "the lawsuit alleges", "filing a suit claiming": in legal proceedings the doubt verbs are the terms of art
      const legal = listed === 'doubt' && LEGAL_TERMS_OF_ART.has(norm) && inLegalProceedings(tokens, norm.startsWith('claim') ? i : undefined);
      // "he incorrectly noted that …": the outlet says the statement is wrong, whatever the verb alone would present
      const refuted = listed !== 'doubt' && ERROR_ADVERBS.has(tokens[i - 1]?.norm ?? '');
      const cls = legal ? 'neutral' : refuted ? 'doubt' : listed;
      const reason = legal
        ? `Attribution verb of legal proceedings ('${w}'): the term a complaint or charge uses, reported without judging it`
        : refuted
          ? `Attribution: '${tokens[i - 1]!.raw} ${w}' tells the reader the statement is wrong`
          : t.pos === 'NOUN' && lemma === 'claim' && claimAsStatement(tokens, i) ? `Attribution noun that casts doubt on the statement ('${w}'): it presents what was said as a mere claim` : ATTRIBUTION_REASON[cls](w);
      // the mark covers the adverb that makes the doubt ("incorrectly noted"), so it reads as doubt wherever it is quoted
      const mark: Candidate = { start: refuted ? tokens[i - 1]!.start : t.start, end, category: 'attribution', attribution: cls, reason };
      attributions.push(mark);
      if (cls !== 'neutral') out.push(mark);
      continue;
    }

    if (WEASEL_SUBJECTS.has(norm)) {
      const next = nextWord(tokens, i);
      // "some fear-mongering posts", "some fear is natural": a determiner before a noun cites nobody (the tagger
      // often reads the verb after a subject as a noun, so the word after it decides)
      const after = tokens[i + 2];
      const nounPhrase = after !== undefined && (after.raw === '-' || ((next?.pos === 'NOUN' || next?.pos === 'ADJ') && (after.pos === 'AUX' || after.pos === 'VERB')));
      const verb = next !== undefined && WEASEL_VERBS.has(next.norm) && !nounPhrase;
      if (next && (verb || attitudeAfterCopula(tokens, i)) && !isNamedBefore(tokens, i)) {
        out.push({ start: t.start, end: t.end, category: 'hedge', reason: `Weasel wording: '${t.raw}' cites unnamed people instead of a source` });
        continue;
      }
    }

    // "appeared to savor", "seemed eager": the outlet reads the actor's mind
    if (MIND_READING.has(lemma) && t.pos !== 'NOUN') {
      const next = tokens[i + 1];
      if (next && (next.norm === 'to' || next.pos === 'ADJ') && feelingAfter(tokens, next.norm === 'to' ? i + 2 : i + 1)) {
        const end = next.norm === 'to' ? next.end : t.end;
        // the mark is the verb that reads the mind ("appeared"); "to" is grammar
        out.push({ start: t.start, end: t.end, category: 'hedge', reason: `Hedge: '${text.slice(t.start, end)}' reads the actor's mind instead of reporting what was said or done` });
        continue;
      }
    }

    const stance = STANCE_ADVERBS.get(norm);
    // "almost certainly", "nearly inevitably": a booster under an approximator is an estimate of likelihood
    if (stance === 'booster' && APPROXIMATORS.has(tokens[i - 1]?.norm ?? '')) continue;
    if (stance && t.pos !== 'ADJ') {
      const reason =
        stance === 'booster'
          ? `Stance adverb: '${t.raw}' tells the reader the claim is beyond doubt`
          : stance === 'hedge'
            ? `Stance adverb: '${t.raw}' ${DISTANCING.has(norm) ? 'distances the outlet from the claim' : 'qualifies the claim in the outlet’s own voice'}`
            : `Stance adverb: '${t.raw}' adds the outlet’s attitude to the facts`;
      out.push({ start: t.start, end: t.end, category: stance === 'booster' ? 'intensifier' : stance === 'hedge' ? 'hedge' : 'loaded', reason });
      continue;
    }

    // "the supposed crisis": the adjective before its noun distances as "supposedly" does; "supposed to" is a modal
    const notModal = !(norm === 'supposed' && (tokens[i + 1]?.norm === 'to' || t.pos !== 'ADJ'));
    if (HEDGES.has(norm) && t.raw === t.raw.toLowerCase() && notModal) {
      const reason = DISTANCING.has(norm) ? `Hedge: '${t.raw}' distances the outlet from the claim` : `Hedge: '${t.raw}' softens the claim or leaves it unconfirmed`;
      out.push({ start: t.start, end: t.end, category: 'hedge', reason });
      continue;
    }

    const minimiser = MINIMISERS.get(norm);
    if (minimiser && (minimiser === 'any' || NUMERIC.test(nextWord(tokens, i)?.raw ?? tokens[i + 1]?.raw ?? ''))) {
      // the mark is the outlet's word ("only"); the figure it plays down is the fact, named in the reason
      const end = minimiser === 'number' ? tokens[i + 1]!.end : t.end;
      out.push({ start: t.start, end: t.end, category: 'intensifier', reason: `Minimiser: '${text.slice(t.start, end)}' plays the figure or the result down` });
      if (minimiser === 'number') i++;
      continue;
    }

    // "he even suggested": the focus particle presents the act as beyond what was to be expected
    // (after a modal or "to" it sizes a possibility or an aim, "may even increase", "to even explain"; in a question or
    // a condition it means "at all", "how it even works": no stress on a fact)
    if (norm === 'even' && tokens[i + 1]?.pos === 'VERB' && !tokens[i + 1]!.negated && !evenAtAll(tokens, i)) {
      out.push({ start: t.start, end: t.end, category: 'intensifier', reason: `Intensifier: 'even' presents '${tokens[i + 1]!.raw}' as going beyond what was to be expected` });
      continue;
    }

    // "far more", "even worse": the outlet stresses a difference without giving its size
    const comparison = intensifiedComparison(tokens, i);
    if (comparison) {
      // the mark is the degree word the outlet adds ("far", "even"); the comparative is the claim, named in the reason
      const end = tokens[comparison]!.end;
      out.push({ start: t.start, end: t.end, category: 'intensifier', reason: `Intensified comparison: '${text.slice(t.start, end)}' stresses the difference without giving its size` });
      i = comparison;
      continue;
    }

    // "the most reckless", "its most trusted": a superlative of an evaluative adjective ranks as well as judges
    if (norm === 'most') {
      const next = tokens[i + 1];
      if (next && !next.negated && isEvaluativeAdjective(next, neutral.has(i + 1), s.heading)) {
        // the mark is the adjective that judges; "most" ranks it, named in the reason
        out.push({ start: next.start, end: next.end, category: 'intensifier', reason: `Superlative of an evaluative adjective: '${text.slice(t.start, next.end)}' ranks the judgment at its extreme` });
        i++;
        continue;
      }
    }

    // "fell sharply, from 10.2% to 8.4%", "soared 20%": an adverb or a verb of change beside the figure it sums up
    // describes a change the sentence states
    const summarisesFigure = ((t.pos === 'ADV' || t.pos === 'VERB') && figureFollows(tokens, i)) || summarisesTally(tokens, i);
    if (EXTREME_AMPLIFIERS.has(norm) && !neutral.has(i)) {
      const judged = extremeOf(tokens, i);
      if (judged) out.push({ start: t.start, end: t.end, category: 'intensifier', reason: `Intensifier: '${t.raw}' pushes '${judged.raw}' to its extreme` });
      continue;
    }
    if (INTENSIFIERS.has(norm) && !summarisesFigure && !neutral.has(i) && !plainSense(tokens, i) && !ofReading(tokens, i)) {
      out.push({ start: t.start, end: t.end, category: 'intensifier', reason: `Intensifier: '${t.raw}' amplifies the claim without adding facts` });
      continue;
    }
    if (DEGREE_WORDS.has(norm) && !summarisesFigure) {
      const judged = amplifiedJudgment(tokens, i, neutral, s.heading);
      if (judged) {
        out.push({ start: t.start, end: t.end, category: 'intensifier', reason: `Intensifier: '${t.raw}' raises the judgment in '${judged.raw}'` });
        continue;
      }
    }

    const compound = hyphenCompound(tokens, i);
    // "sky-high", "all-out", "full-blown": a listed amplifier written with a hyphen is several tokens
    if (compound && EXTREME_AMPLIFIERS.has(compound.norm) && !neutral.has(i)) {
      const judged = extremeOf(tokens, compound.last);
      if (judged) out.push({ start: t.start, end: compound.end, category: 'intensifier', reason: `Intensifier: '${text.slice(t.start, compound.end)}' pushes '${judged.raw}' to its extreme` });
      i = compound.last;
      continue;
    }
    if (compound && INTENSIFIERS.has(compound.norm) && !neutral.has(i)) {
      out.push({ start: t.start, end: compound.end, category: 'intensifier', reason: `Intensifier: '${text.slice(t.start, compound.end)}' amplifies the claim without adding facts` });
      i = compound.last;
      continue;
    }
    if (compound) {
      // "hyper-partisan" is the listed "hyperpartisan" written with a hyphen
      // "cult-like", "thug-like": an adjective of likeness written with a hyphen
      const why = descriptorReason(compound.norm) ?? descriptorReason(compound.norm.replace('-', '')) ?? (DISMISSIVE_NOUNS.has(compound.norm) ? DISMISSIVE : undefined) ?? likeness(compound.norm.replace('-', ''))?.why;
      const plainCompound = isPlainNewsWord({ ...t, norm: compound.norm, lemma: compound.norm });
      const score = plainCompound ? undefined : AFINN.get(compound.norm);
      const coloured = why || (score !== undefined && Math.abs(score) >= 2) ? undefined : colouredCompound(tokens, i);
      if (why || coloured || (score !== undefined && Math.abs(score) >= 2)) {
        const w = text.slice(t.start, compound.end);
        const reason = why ? `Loaded word: '${w}' is ${why}` : coloured ? `Loaded word: '${w}' is coloured by '${coloured.raw}', a word of negative feeling (sentiment score ${AFINN.get(coloured.norm)})` : afinnReason(w, score!);
        out.push({ start: t.start, end: compound.end, category: 'loaded', reason });
        i = compound.last;
        continue;
      }
    }

    // a plural noun is its own word when its singular is a laudatory adjective ("dynamics", "positives")
    // "cruelest", "shoddier": a graded form the lemmatiser left whole judges as its adjective does
    const graded = t.pos === 'ADJ' && lemma === norm ? gradedBase(norm) : undefined;
    // "immigrant-hating", "Trump-loving": a compound that defines people by a hatred, or by devotion to a person
    const devoted = devotionCompound(tokens, i);
    if (devoted) {
      const w = text.slice(devoted.start, t.end);
      out.push({ start: devoted.start, end: t.end, category: 'loaded', reason: `Loaded word: '${w}' defines people by ${HATRED.has(t.norm) ? 'a hatred' : 'their devotion to a person'}` });
      continue;
    }
    // "anti-racist", "self-hatred": after a prefix of stance the word names what is opposed or turned inward, no judgment
    if (prefixedTail(tokens, i)) continue;
    // "officials scramble to ease …": a word of both lists used as a verb (before "to" and a verb) takes the verb's reason
    const asVerb = LOADED_VERBS.has(lemma) && tokens[i + 1]?.norm === 'to' && tokens[i + 2]?.pos === 'VERB';
    const why = asVerb ? undefined : descriptorReason(norm) ?? (lemma !== norm && !(t.pos === 'NOUN' && LAUDATORY.has(lemma)) ? descriptorReason(lemma) : undefined) ?? dismissiveNoun(t, lemma) ?? (graded ? descriptorReason(graded) : undefined) ?? (t.pos === 'PROPN' ? undefined : personFrom(norm)?.why) ?? (t.pos === 'NOUN' && lemma === norm ? pluralBase(norm)?.why : undefined);
    // "police and protesters clashed": among fighters a word of fighting reports the fight
    if (why && !neutral.has(i) && !literalFight(tokens, i) && !plainSense(tokens, i)) {
      out.push({ start: t.start, end: t.end, category: 'loaded', reason: `Loaded word: '${t.raw}' is ${why}` });
      continue;
    }

    // "lied about the damage", "his lies about the economy": calling a false statement a lie states an intent to
    // deceive as fact ("lies in ruins", "lying on the floor" are where something is)
    if (LIE_FORMS.has(norm) && !t.negated && lieOfUntruth(tokens, i)) {
      out.push({ start: t.start, end: t.end, category: 'loaded', reason: `Loaded word: '${t.raw}' charges a deliberate untruth: it states the intent to deceive as fact, where 'false' or 'wrong' would state only the error` });
      continue;
    }

    const verb = verbReading(t, norm) || presentVerbAfterName(tokens, i) ? loadedVerb(lemma, norm) : undefined;
    if (verb && !t.negated && !literalFight(tokens, i) && !plainVerbSense(tokens, i)) {
      out.push({ start: t.start, end: t.end, category: 'loaded', reason: `Loaded verb: '${t.raw}' ${verb}` });
      continue;
    }

    // "vilification", "mockery", "exaggeration": a noun formed from a loaded verb of speech, ridicule, deceit or
    // weakness judges as the verb does
    const nominal = t.pos === 'NOUN' && !t.negated ? nominalisedVerb(norm) : undefined;
    if (nominal) {
      out.push({ start: t.start, end: t.end, category: 'loaded', reason: `Loaded word: '${t.raw}' is formed from the loaded verb '${nominal.verb}': it ${nominal.why}` });
      continue;
    }
    // "a boast", "contemptuous sneers", "internet trolls": the noun of the same form as a loaded verb of speech names
    // the act as the verb does
    const act = t.pos === 'NOUN' && !t.negated ? speechActNoun(lemma, norm) : undefined;
    if (act) {
      out.push({ start: t.start, end: t.end, category: 'loaded', reason: `Loaded word: '${t.raw}' is the noun of the loaded verb '${act.verb}': it ${act.why}` });
      continue;
    }

    // "recklessly", "shamefully": an adverb formed from an evaluative adjective judges the act it describes
    const base = AFINN.has(norm) || AFINN.has(lemma) ? undefined : t.pos === 'ADV' ? adverbBase(norm) : t.pos === 'NOUN' && !t.negated && !literalFight(tokens, i) ? nounBase(norm) : undefined;
    if (base && !isPlainNewsWord(t)) {
      out.push({ start: t.start, end: t.end, category: 'loaded', reason: `Loaded word: '${t.raw}' is formed from '${base.word}', ${base.why}` });
      continue;
    }

    // AFINN first, by form, lemma and graded base; then VADER's ratings of the modifiers AFINN lacks ("moronic",
    // "shamefully"), read as modifiers only (scripts/build-vader.ts keeps WordNet's adjectives and adverbs)
    const modifier = t.pos === 'ADJ' || t.pos === 'ADV' || (s.heading && t.pos === 'PROPN');
    const scored = AFINN.has(t.norm) ? t.norm : AFINN.has(norm) ? norm : AFINN.has(lemma) ? lemma : graded && AFINN.has(graded) ? graded : !modifier ? undefined : VADER.has(norm) ? norm : VADER.has(lemma) ? lemma : graded && VADER.has(graded) ? graded : undefined;
    const score = scored === undefined ? undefined : listedScore(scored);
    // "a leading economist", "a powerful senator": rank and influence give a standing, no praise
    const ofPerson = score !== undefined && score > 0 && score < 4 && !STATUS_ADJECTIVES.has(norm) && describesPerson(tokens, i, s.heading);
    // in a headline every capitalised word is tagged as a name: one with no noun after it is the noun it mostly is
    // ("Critics Push …"), not the modifier a headline word before a noun ("Reckless Plan") or after "is" is
    const next = tokens[i + 1];
    // ("Is Crazy", "Going to Regret It": after "is", "to" or before an object it is no noun either)
    const predicative = tokens[i - 1]?.pos === 'AUX' || tokens[i - 1]?.norm === 'to' || lemmaOf(tokens[i - 1] ?? t) === 'be';
    const headNoun = s.heading && t.pos === 'PROPN' && !predicative && !(next && (next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PRON' || next.pos === 'DET' || next.raw === '-'));
    // "vulnerable to a pandemic": exposure to a risk, stated; "a vulnerable plan" judges
    const exposure = EXPOSURE.has(norm) && tokens[i + 1]?.norm === 'to';
    if (score !== undefined && Math.abs(score) >= 2 && !exposure && !neutralUse(headNoun ? { ...t, pos: 'NOUN' } : t, score, neutral.has(i), s.heading, ofPerson) && !reportedFeeling(tokens, i) && !reportedFeelingNoun(tokens, i) && !socialStanding(tokens, i) && !plainSense(tokens, i)) {
      const reason = ofPerson ? `Loaded word: '${t.raw}' praises the person it describes (${scoreCitation(scored!, score)})` : afinnReason(t.raw, score, scored);
      out.push({ start: t.start, end: t.end, category: 'loaded', reason });
    }
  }
}

/** Whether a phrase of `length` tokens from i holds a word of physical fighting in a sentence about fighters or arms. */
function phraseIsLiteralFight(tokens: readonly Token[], i: number, length: number): boolean {
  for (let k = i; k < i + length; k++) if (literalFight(tokens, k)) return true;
  return false;
}

/** Whether token i follows a prefix of stance or a name joined by a hyphen ("anti-racist", "self-hatred", "Grammy-winner"). */
function prefixedTail(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const prefix = tokens[i - 2];
  if (dash === undefined || prefix === undefined || dash.raw !== '-' || dash.end !== tokens[i]!.start || prefix.end !== dash.start) return false;
  // "Grammy-winner", "Oscar-winning": after a name the word is part of a compound about it
  return STANCE_PREFIXES.has(prefix.norm) || startsUpper(prefix.raw);
}
const STANCE_PREFIXES = new Set(['anti', 'self', 'pro', 'non', 'counter']);

const QUOTE_MARK = /^["“‘']$/u;

/** Verbs that lend an idiom its grammar but not its image ("came under fire", "took aim", "went so far as"). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'go', 'come', 'take', 'get', 'make', 'give', 'put']);
/** Function words of degree that are part of an idiom's image ("went even further", "so far as", "more bark than bite"). */
const DEGREE_IN_IDIOMS = new Set(['further', 'more', 'most', 'less', 'so']);
/** Particles of a phrasal verb are part of the verb ("played down", "lashed out", "crack down"): they stay. */
const VERB_PARTICLES = new Set(['up', 'down', 'out', 'off', 'over']);

/**
 * The span of an idiom's words from `first` to `last` without the function words and light verbs at its edges:
 * "fire" in "came under fire", "swipe" in "took a swipe", "flood" in "flood of", "seized" in "seized on". Those words
 * carry the grammar; the image that frames is the rest. A phrasal verb keeps its particle ("lashed out", "crack
 * down"), an idiom of degree its degree word ("even further").
 */
function idiomHead(tokens: readonly Token[], first: number, last: number): Span {
  const plain = (t: Token) => (STOP_WORDS.has(t.norm) && !DEGREE_IN_IDIOMS.has(t.norm) && !VERB_PARTICLES.has(t.norm)) || LIGHT_VERBS.has(lemmaOf(t)) || t.raw === '-';
  let a = first;
  let b = last;
  while (a < b && plain(tokens[a]!)) a++;
  while (b > a && plain(tokens[b]!)) b--;
  // a hyphenated phrase ("so-called", "far-right") is one word
  if (tokens.slice(first, last + 1).some((t) => t.raw === '-')) return { start: tokens[first]!.start, end: tokens[last]!.end };
  return { start: tokens[a]!.start, end: tokens[b]!.end };
}

/**
 * The judging word or act a degree word at i raises ("very dangerous", "strongly condemned", "spent heavily"),
 * looking past a second degree word ("very, very bad"); undefined before a plain word ("very few", "highly enriched").
 */
function amplifiedJudgment(tokens: readonly Token[], i: number, neutral: ReadonlySet<number>, heading: boolean): Token | undefined {
  const acts = !ADJECTIVE_DEGREE_WORDS.has(tokens[i]!.norm);
  const before = tokens[i - 1];
  // "spent heavily", "criticized sharply": the adverb raises the act it follows
  if (acts && before?.pos === 'VERB' && !before.negated) return before;
  let k = i + 1;
  while (tokens[k] && (DEGREE_WORDS.has(tokens[k]!.norm) || tokens[k]!.raw === ',')) k++;
  const t = tokens[k];
  // "deeply troubled by": a reported feeling raised is still the actor's feeling
  if (!t || t.negated || neutral.has(k) || reportedFeeling(tokens, k)) return undefined;
  // "strongly condemned", "sharply rebuked": a verb of judgment or stance is raised; "heavily researched", "completely
  // removed" give the extent of a plain act
  if (acts && t.pos === 'VERB' && judgingVerb(t)) return t;
  const lemma = lemmaOf(t);
  if (descriptorReason(t.norm) ?? descriptorReason(lemma) ?? (t.pos === 'VERB' ? loadedVerb(lemma, t.norm) : undefined)) return t;
  const score = AFINN.get(t.norm) ?? AFINN.get(lemma) ?? (t.pos === 'ADJ' || t.pos === 'ADV' ? (listedScore(t.norm) ?? listedScore(lemma)) : undefined);
  // "very clear", "very active": a mildly scored adjective describes; "very dangerous" judges
  if (score !== undefined && Math.abs(score) >= 2 && isEvaluativeAdjective(t, false, heading)) return t;
  // "strongly condemned", "badly hurt": a verb or adverb with a sentiment score is raised too
  return score !== undefined && Math.abs(score) >= 2 && (t.pos === 'VERB' || t.pos === 'ADV') && !neutralUse(t, score >= 0 ? 3 : -3, false, heading) ? t : undefined;
}

/**
 * The judging word an extreme amplifier at i pushes ("crisis" of "full-blown crisis", "dangerous" of "downright
 * dangerous"), past one more modifier; undefined before a plain word ("a full-blown state visit").
 */
function extremeOf(tokens: readonly Token[], i: number): Token | undefined {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.raw === '-' || !t.content) return undefined;
    const lemma = lemmaOf(t);
    const score = AFINN.get(t.norm) ?? AFINN.get(lemma);
    if (descriptorReason(t.norm) ?? descriptorReason(lemma) ?? dismissiveNoun(t, lemma)) return t;
    if (score !== undefined && Math.abs(score) >= 2) return t;
    // a plain modifier may stand between ("sheer political incompetence"); a noun ends the phrase
    if (t.pos !== 'ADJ') return undefined;
  }
  return undefined;
}

/** Whether a verb judges or takes a stance: a sentiment-list or loaded verb, or a verb of criticism, support or resentment. */
function judgingVerb(t: Token): boolean {
  const lemma = lemmaOf(t);
  return AFINN.has(t.norm) || AFINN.has(lemma) || STANCE_VERBS.has(lemma) || loadedVerb(lemma, t.norm) !== undefined;
}
/** Verbs of taking a stance that a degree word raises ("sharply rebuked", "strongly opposed", "deeply resented"). */
const STANCE_VERBS = new Set([
  'criticize', 'criticise', 'rebuke', 'condemn', 'denounce', 'decry', 'oppose', 'object', 'reject', 'deny', 'dispute',
  'protest', 'defend', 'praise', 'endorse', 'support', 'welcome', 'disagree', 'resent', 'question', 'challenge',
  'attack', 'fault', 'blame', 'dismiss', 'back', 'favor', 'favour', 'urge', 'insist', 'regret', 'distrust',
]);

/** Verbs of reading a text or words, after which "literally" names a way of reading: "took the threat literally". */
const READING_VERBS = new Set(['take', 'interpret', 'read', 'mean', 'understand', 'construe', 'translate', 'quote']);
/**
 * Whether "literally" at i says how words are read ("took his attacks literally instead of seriously", "did not mean
 * it literally"), its literal sense, not the intensifier: a verb of reading before it in the clause.
 */
function ofReading(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.norm !== 'literally') return false;
  for (let k = i - 1; k >= Math.max(0, i - 14); k--) {
    const t = tokens[k]!;
    if ((t.pos === 'PUNCT' && /^[,;:()\u2013\u2014-]$/u.test(t.raw)) || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB' && READING_VERBS.has(t.lemma ?? '')) return true;
  }
  return false;
}

/** Approximators that turn a booster into an estimate ("almost certainly", "nearly inevitably"). */
const APPROXIMATORS = new Set(['almost', 'nearly', 'virtually', 'practically']);

/** Forms of "lie" that may charge an untruth; "lay" and "lain" are only ever of place. */
const LIE_FORMS: ReadonlySet<string> = new Set(['lie', 'lies', 'lied', 'lying']);
/** Words after "lie" that make it a verb of place or position ("lies in ruins", "lying down", "lie ahead"). */
const LIE_OF_PLACE = new Set([
  'in', 'at', 'on', 'upon', 'ahead', 'with', 'within', 'behind', 'beneath', 'below', 'under', 'down', 'low', 'dormant',
  'still', 'idle', 'empty', 'fallow', 'outside', 'between', 'among', 'across', 'along', 'near', 'beyond', 'there',
  'here', 'flat', 'awake', 'back', 'face', 'dead', 'unconscious', 'buried', 'open', 'in-state', 'around', 'somewhere',
  'atop', 'inside', 'next', 'beside', 'against', 'close', 'just', 'far', 'mostly', 'largely', 'entirely', 'partly',
]);
/**
 * Whether a form of "lie" at i is the untruth, not the position: "lied" always is; "lie", "lies" and "lying" are
 * unless a word of place or position follows ("lies at the heart of", "lying on the ground", "will lie in state").
 */
function lieOfUntruth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.norm === 'lied') return true;
  // after a determiner, a possessive or an adjective it is the noun ("repeated the lies on television", "his lie")
  const before = tokens[i - 1];
  if (t.norm !== 'lying' && before && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM' || POSSESSIVES.has(before.norm))) return true;
  const next = tokens[i + 1];
  if (next && LIE_OF_PLACE.has(next.norm)) return false;
  // "the lie of the land"; "lying" with no word after it that says to whom or what about is a position ("bodies lying")
  if (t.norm === 'lying') return next !== undefined && (LIE_OBJECTS.has(next.norm) || next.pos === 'NOUN' || next.pos === 'PUNCT' || next.pos === 'CCONJ');
  return true;
}
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);
/** Words after "lie" or "lying" that say to whom or about what ("lied to investigators", "lying about the vote"). */
const LIE_OBJECTS = new Set(['to', 'about', 'through', 'than', 'again', 'repeatedly', 'outright', 'openly']);

/** Whether the noun phrase from token k on is headed by a political actor ("party", "white nationalist groups"). */
function describesPoliticalActor(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    // past modifiers and the first parts of a compound ("white evangelical supporters", "anti-war group")
    const modifier = t.pos === 'ADJ' || t.raw === '-' || next?.raw === '-' || ((t.pos === 'NOUN' || t.pos === 'PROPN') && (next?.pos === 'NOUN' || next?.pos === 'PROPN'));
    if (modifier) continue;
    return (t.pos === 'NOUN' || t.pos === 'PROPN') && POLITICAL_ACTORS.has(lemmaOf(t));
  }
  return false;
}

/**
 * "Warren savages Biden", "the mayor hammers the council": a word in -s that the tagger reads as a plural noun,
 * between a name or a noun with its determiner and the object after it, is the verb of the sentence.
 */
function presentVerbAfterName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // the subject is a name ("Warren") or a noun after a determiner or modifier ("the mayor", "the new board")
  const subject = before?.pos === 'PROPN' || (before?.pos === 'NOUN' && SUBJECT_OPENERS.has(tokens[i - 2]?.pos ?? ''));
  return t.pos === 'NOUN' && t.norm.endsWith('s') && subject && after !== undefined && (after.pos === 'PROPN' || after.pos === 'DET' || after.pos === 'PRON');
}

const SUBJECT_OPENERS = new Set(['DET', 'ADJ', 'PRON']);

/**
 * Whether the degree adverb at i sums up a vote or a poll ("the House overwhelmingly backed", "voted heavily for",
 * "a majority strongly disagrees"): it states the size of a count, as a figure would.
 */
function summarisesTally(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "strongly" sizes a poll answer only on the survey's own scale ("strongly agree"); "strongly supports" judges
  const verbs = TALLY_ADVERBS.has(t.norm) ? TALLY_VERBS : t.norm === 'strongly' ? POLL_SCALE : undefined;
  if (!verbs || t.pos !== 'ADV') return false;
  const verb = (k: number) => tokens[k] !== undefined && verbs.has(lemmaOf(tokens[k]!));
  return verb(i + 1) || verb(i - 1);
}
/** Adverbs that size a count ("overwhelmingly", "narrowly"). */
const TALLY_ADVERBS = new Set(['overwhelmingly', 'heavily', 'narrowly', 'widely', 'broadly', 'largely']);
/** Verbs of voting and of answering a poll (lemmas). */
const TALLY_VERBS = new Set(['vote', 'back', 'pass', 'approve', 'disapprove', 'reject', 'support', 'oppose', 'favor', 'favour', 'endorse', 'elect', 'agree', 'disagree']);
const POLL_SCALE = new Set(['agree', 'disagree', 'approve', 'disapprove']);

/** Whether "even" at i follows a modal or "to", or stands in a clause of question or condition ("how it even works"). */
function evenAtAll(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && (before.norm === 'to' || MODALS.has(before.norm))) return true;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.test(t.raw)) return false;
    if (AT_ALL_OPENERS.has(t.norm)) return true;
  }
  return false;
}
const MODALS = new Set(['may', 'might', 'can', 'could', 'would', 'should', 'will', 'must']);
const AT_ALL_OPENERS = new Set(['if', 'whether', 'how', 'why', 'what', 'extent', 'before', 'without']);

/** A digit; one expression for every token (a literal in the loop made a new object for each). */
const DIGIT = /\d/u;

/** Whether a figure follows within a few words of token i, in its clause ("dropped sharply in May from 10%"). */
function figureFollows(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k]!;
    // a word opening with an ASCII letter is no clause break, year or figure written in digits: only its tag is read
    const c = t.raw.charCodeAt(0) | 32;
    if (c >= 97 && c <= 122) {
      if (t.pos === 'NUM' && t.norm !== 'one') return true;
      continue;
    }
    if (CLAUSE_BREAK.test(t.raw) && t.raw !== ',') return false;
    // a year is a date, not the size of a change
    if (YEAR.test(t.raw)) continue;
    if ((DIGIT.test(t.raw) && NUMERIC.test(t.raw)) || (t.pos === 'NUM' && t.norm !== 'one')) return true;
  }
  return false;
}

/**
 * The listed adjective a comparative or superlative is formed from, where the lemmatiser left it whole ("cruelest" →
 * "cruel", "shoddier" → "shoddy", "saddest" → "sad"), or undefined.
 */
function gradedBase(norm: string): string | undefined {
  const end = /(?:est|er)$/u.exec(norm);
  if (!end || norm.length - end[0].length < 3) return undefined;
  const stem = norm.slice(0, end.index);
  const options = [stem, `${stem}e`];
  if (stem.endsWith('i')) options.push(`${stem.slice(0, -1)}y`);
  if (stem.length > 3 && stem.at(-1) === stem.at(-2)) options.push(stem.slice(0, -1));
  // an "-er" word is often an agent or a thing ("banner", "hater"): only a listed descriptor is read as its comparative
  return options.find((w) => PEJORATIVE.has(w) || LAUDATORY.has(w) || (end[0] === 'est' && (AFINN.has(w) || VADER.has(w))));
}

/** The loaded-verb reason for a word by its lemma or, where the lemmatiser differs ("lambast"), by its inflection stripped. */
function loadedVerb(lemma: string, norm: string): string | undefined {
  return LOADED_VERBS.get(lemma) ?? LOADED_VERBS.get(norm) ?? inflectedLoadedVerb(norm);
}

/**
 * The loaded-verb reason for an inflection the lemmatiser did not reduce ("lambasting" → "lambast"); kept by word, as
 * the other answers of a word alone below are: words recur, and each answer cut strings out of its word.
 */
const inflectedLoadedVerb = memoized((norm: string): string | undefined => {
  const base = INFLECTION.exec(norm);
  if (!base) return undefined;
  const stem = norm.slice(0, base.index);
  const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return LOADED_VERBS.get(stem) ?? LOADED_VERBS.get(`${stem}e`) ?? LOADED_VERBS.get(undoubled);
});
const INFLECTION = /(?:ing|ed|es|s|d)$/u;

/**
 * A noun for a person formed from a listed word, with why it judges: "fanatic", "cynic" from the pejorative
 * "fanatical", "cynical" (the "-ic" noun of an "-ical" adjective); "crusader", "brawler" from the conflict-frame
 * "crusade", "brawl" (the "-er" agent noun). Plurals as their singular.
 */
const personFrom = memoized((norm: string): { base: string; why: string } | undefined => {
  const one = norm.endsWith('s') ? norm.slice(0, -1) : norm;
  if (one.length < 5) return undefined;
  if (one.endsWith('ic') && PEJORATIVE.has(`${one}al`)) return { base: `${one}al`, why: `a pejorative descriptor: like '${one}al', it passes judgment instead of describing` };
  if (norm.endsWith('ism')) return doctrineOf(norm);
  if (one.endsWith('er')) {
    const base = [one.slice(0, -1), one.slice(0, -2)].find((b) => CONFLICT_FRAME.has(b));
    return base ? { base, why: `a conflict metaphor: like '${base}', it casts a person's cause as a fight` } : undefined;
  }
  return likeness(norm);
});

/**
 * A plural the lemmatiser left whole ("truthers", "doomsayers") whose singular is a listed descriptor, with why it
 * judges.
 */
function pluralBase(norm: string): { base: string; why: string } | undefined {
  if (!norm.endsWith('s') || norm.length < 5) return undefined;
  for (const base of [norm.slice(0, -1), norm.slice(0, -2), norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : '']) {
    const why = base ? descriptorReason(base) : undefined;
    if (why) return { base, why };
  }
  return undefined;
}

/**
 * A noun of doctrine in "-ism" formed from a pejorative descriptor or a label of position ("fascism", "trutherism",
 * "leftism", "extremism", "radicalism"), with why it judges; the names of ideologies that parties carry ("socialism",
 * "communism") are no mark, as their camp labels describe parties.
 */
function doctrineOf(norm: string): { base: string; why: string } | undefined {
  const stem = norm.slice(0, -3);
  if (stem.length < 4) return undefined;
  for (const base of [`${stem}ist`, `${stem}er`, stem, `${stem}e`]) {
    if (CAMP_LABELS.has(base)) return undefined;
    if (PEJORATIVE.has(base)) return { base, why: `formed from '${base}', a pejorative descriptor: it passes judgment instead of describing` };
    const label = LOADED[base];
    if (label?.startsWith('labels')) return { base, why: `formed from '${base}': it ${label}` };
  }
  return undefined;
}

/** Endings of adjectives of likeness and what replaces them to give the noun ("buffoonish", "demagogic", "maniacal", "cultlike"). */
const LIKENESS_ENDINGS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/ish$/u, ['', 'e']],
  [/ic$/u, ['', 'e', 'ue']],
  [/(?<=iac)al$/u, ['']],
  [/like$/u, ['']],
];
/**
 * An adjective formed from a pejorative or dismissive noun ("buffoonish", "narcissistic", "demagogic", "cult-like"),
 * with why it judges: it says someone or something is like the vice the noun names.
 */
function likeness(norm: string): { base: string; why: string } | undefined {
  for (const [ending, replacements] of LIKENESS_ENDINGS) {
    const m = ending.exec(norm);
    if (!m || m.index < 4) continue;
    const stem = norm.slice(0, m.index);
    // the first replacement that gives a listed word, each made only while none has
    let base: string | undefined;
    for (let k = 0; k < replacements.length && !base; k++) {
      const b = stem + replacements[k]!;
      if (PEJORATIVE.has(b) || DISMISSIVE_NOUNS.has(b)) base = b;
    }
    if (base) return { base, why: `formed from '${base}', ${PEJORATIVE.has(base) ? 'a pejorative descriptor' : 'a dismissive noun'}: it judges by likeness to a vice` };
  }
  return undefined;
}

/**
 * Whether a word as written may start a mark: it is in MAY_START, or may be formed from a listed word (an adverb or
 * noun from an adjective, an inflected loaded verb, a graded adjective). Asked of every token: one look-up each.
 */
const mayStart = memoized(
  (norm: string): boolean =>
    MAY_START.has(norm) || DERIVED.test(norm) || inflectedLoadedVerb(norm) !== undefined || gradedBase(norm) !== undefined || personFrom(norm) !== undefined || pluralBase(norm) !== undefined,
);
/**
 * Endings of adverbs and nouns formed from adjectives ("recklessly", "recklessness", "absurdity", "arrogance") and of
 * nouns formed from verbs ("vilification", "appeasement", "mockery").
 */
const DERIVED = /(?:ly|ness|ity|nce|ion|ment|ery)$/u;

/**
 * Groups of loaded verbs whose nouns judge as they do: speech cast as attack, anger, ridicule, scolding or empty
 * talk, deceit, weakness and praise ("vilification", "exaggeration", "appeasement", "glorification"). The nouns of
 * the other groups name offences and events news reports ("intimidation", "destruction", "conspiracy", "explosion").
 */
const JUDGING_NOUN_GROUPS: ReadonlySet<string> = new Set([
  'turns criticism into an attack', 'ascribes anger or contempt to the speaker', 'frames a response as ridicule or a smear',
  'casts speech as scolding, preaching or empty talk', 'accuses the actor of deceit', 'casts a statement as self-serving or empty',
  'frames a choice as weakness', 'frames a concession or a plea as weakness or pressure', 'praises rather than reports',
  'frames persuasion or a public matter as manipulation', 'casts speech as a snarl or a cry',
]);
/** Noun endings and what replaces them to give the verb (Quirk et al. 1985, App. I.30 ff.): "vilification" → "vilify". */
const NOMINAL_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ication', ['y']], ['ization', ['ize']], ['isation', ['ise']], ['ation', ['ate', 'e', '']], ['sion', ['de']],
  ['ion', ['', 'e']], ['ment', ['']], ['ery', ['']],
];

/**
 * Groups of loaded verbs of speech whose noun of the same form names the act as the verb does ("a boast", "sneers",
 * "a rant"); the nouns of attack, weakness and praise verbs mostly name something else ("a blast", "a waffle", "a
 * champion").
 */
const SPEECH_ACT_GROUPS: ReadonlySet<string> = new Set([
  'ascribes anger or contempt to the speaker', 'frames a response as ridicule or a smear', 'casts speech as scolding, preaching or empty talk',
  'casts a statement as self-serving or empty', 'casts speech as a snarl or a cry',
]);
/** Verbs of those groups whose noun mostly names a thing, an animal or an event ("rail", "crow", "harp", "lecture"). */
const OTHER_SENSE_NOUNS = new Set([
  'rail', 'thunder', 'rave', 'fume', 'bristle', 'snap', 'crow', 'grouse', 'mock', 'bait', 'grandstand', 'spout', 'harp',
  'carp', 'ramble', 'tout', 'trumpet', 'parrot', 'lecture', 'spin', 'snarl', 'bark', 'rage', 'erupt', 'needle', 'roast', 'grill',
]);
/** The loaded verb of speech a noun of the same form names ("boast", "sneers", "trolls"), with what it does. */
function speechActNoun(lemma: string, norm: string): { verb: string; why: string } | undefined {
  for (const verb of [lemma, norm]) {
    const why = LOADED_VERBS.get(verb);
    if (why !== undefined && SPEECH_ACT_GROUPS.has(why) && !OTHER_SENSE_NOUNS.has(verb)) return { verb, why };
  }
  return undefined;
}

/** The loaded verb a noun is formed from ("vilification" → "vilify"), with what it does, when its group judges. */
const nominalisedVerb = memoized((norm: string): { verb: string; why: string } | undefined => {
  for (const [ending, replacements] of NOMINAL_ENDINGS) {
    if (!norm.endsWith(ending) || norm.length < ending.length + 3) continue;
    const stem = norm.slice(0, -ending.length);
    for (const r of replacements) {
      const why = LOADED_VERBS.get(stem + r);
      if (why !== undefined && JUDGING_NOUN_GROUPS.has(why)) return { verb: stem + r, why };
    }
  }
  return undefined;
});

/** Adjectives that, before "to", state exposure to a risk ("vulnerable to attack"). */
const EXPOSURE = new Set(['vulnerable', 'susceptible', 'exposed', 'prone']);

/** The reason of a sentiment-list mark; `listed` is the form the list scores, when it is not the word as written. */
function afinnReason(word: string, score: number, listed = word.toLowerCase()): string {
  const tone = score < 0 ? 'negative' : 'positive';
  const strength = Math.abs(score) >= 4 ? 'very strong' : Math.abs(score) >= 3 ? 'strong' : 'clear';
  return `Loaded word: '${word}' carries ${strength} ${tone} feeling (${scoreCitation(listed, score)})`;
}

/**
 * The longest listed phrase starting at token i, matching each word by norm or lemma; a hyphen between two
 * words of the text may stand where the phrase has a space ("doubled-down" for "doubled down").
 */
function matchPhrase(tokens: readonly Token[], i: number): { phrase: Phrase; length: number } | undefined {
  const t = tokens[i]!;
  const byNorm = PHRASES.get(t.norm);
  const byLemma = t.lemma && t.lemma !== t.norm ? PHRASES.get(t.lemma) : undefined;
  if (!byNorm && !byLemma) return undefined;
  const options = byLemma ? [...(byNorm ?? []), ...byLemma] : byNorm!;
  let best: { phrase: Phrase; length: number } | undefined;
  for (const p of options) {
    let at = i;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) {
      const w = p.words[k]!;
      let tk = tokens[at + 1];
      if (tk && tk.raw === '-' && w !== '-' && p.words[k - 1] !== '-' && tk.start === tokens[at]!.end) {
        at++;
        tk = tokens[at + 1];
      }
      // "showered him with": a pronoun object stands between the verb and its preposition
      if (tk && k === 1 && PARTICLES.has(w) && OBJECT_PRONOUNS.has(tk.norm) && tokens[at + 2] && (tokens[at + 2]!.norm === w)) {
        at++;
        tk = tokens[at + 1];
      }
      at++;
      if (!tk || (tk.norm !== w && lemmaOf(tk) !== w)) ok = false;
      else if ((w === '-' || p.words[k - 1] === '-') && tk.start !== tokens[at - 1]!.end) ok = false;
    }
    if (ok && (!best || at - i + 1 > best.length)) best = { phrase: p, length: at - i + 1 };
  }
  return best;
}

/**
 * The first part of a compound adjective that a negative feeling colours: a noun of clear negative feeling before a
 * participle ("rage-filled", "fear-driven", "hate-fuelled"); plain news vocabulary there describes ("war-torn",
 * "crime-fighting", "cancer-causing").
 */
function colouredCompound(tokens: readonly Token[], i: number): Token | undefined {
  const first = tokens[i]!;
  const second = tokens[i + 2]!;
  if (!PARTICIPLE.test(second.norm) || second.norm.length < 5) return undefined;
  const score = AFINN.get(first.norm);
  return score !== undefined && score <= -2 && !isPlainNewsWord(first) ? first : undefined;
}
const PARTICIPLE = /(?:ed|ing|en)$/u;
/** Second parts of compounds that define people by what they hate ("immigrant-hating") or whom they adore ("Trump-loving"). */
const HATRED = new Set(['hating', 'loathing', 'bashing', 'despising']);
const DEVOTION = new Set(['loving', 'worshipping', 'worshiping', 'adoring']);

/**
 * The first token of a compound ending at i that defines people by a hatred ("immigrant-hating") or by devotion to a
 * named person ("Trump-loving"; "fun-loving" and "peace-loving" describe a temper, no allegiance).
 */
function devotionCompound(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i]!;
  if (!HATRED.has(t.norm) && !DEVOTION.has(t.norm)) return undefined;
  const dash = tokens[i - 1];
  const prefix = tokens[i - 2];
  if (!dash || !prefix || dash.raw !== '-' || dash.end !== t.start || prefix.end !== dash.start) return undefined;
  return HATRED.has(t.norm) || startsUpper(prefix.raw) ? prefix : undefined;
}

function hyphenCompound(tokens: readonly Token[], i: number): { norm: string; end: number; last: number } | undefined {
  const dash = tokens[i + 1];
  const next = tokens[i + 2];
  if (!dash || !next || dash.raw !== '-' || dash.start !== tokens[i]!.end || next.start !== dash.end) return undefined;
  return { norm: `${tokens[i]!.norm}-${next.norm}`, end: next.end, last: i + 2 };
}

function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i + 1];
  return t && isWordLike(t.raw) ? t : undefined;
}

function isNamedBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && startsUpper(prev.raw) && i - 1 > 0;
}

/** Whether an attribution-verb form is used as one: "according to", "pointed out", "claims that", not "jobs added". */
function isAttribution(tokens: readonly Token[], i: number, norm: string): boolean {
  const next = tokens[i + 1]?.norm;
  // "a self-confessed fan", "the much-touted plan": the second part of a compound describes, it reports nothing
  if (tokens[i - 1]?.raw === '-' && tokens[i - 1]!.end === tokens[i]!.start) return false;
  if (norm === 'according') return next === 'to';
  if (norm === 'pointed') return next === 'out';
  if (TAKING_VERBS.has(lemmaOf(tokens[i]!)) && claimsAThing(tokens, i)) return false;
  if (tokens[i]!.pos === 'NOUN' && tokens[i]!.lemma === 'claim' && claimAsStatement(tokens, i)) return true;
  // "claims" with a clause after it is the doubt verb; "reveals the phone", "reports earnings" are no speech
  if (AMBIGUOUS_ATTRIBUTION.has(norm)) {
    return next === 'that' || (tokens[i]!.lemma === 'claim' && ((tokens[i]!.pos === 'VERB' && !isNounPhraseHead(tokens, i)) || afterNamedSubject(tokens, i)));
  }
  if (DENIAL.has(norm)) return next !== undefined && DENIED_OBJECTS.has(next);
  const t = tokens[i]!;
  // "newly revealed documents", "alleged excessive force", "the visit was confirmed on Thursday": a participle that
  // describes a thing, or a passive with no clause after it, reports no one's statement
  if (norm.endsWith('ed') && (participleBeforeNoun(tokens, i) || agentlessPassive(tokens, i))) return false;
  // "revealed her identity", "revealed herself as the source": making a thing known, not reporting a statement
  if (DISCLOSING.has(lemmaOf(t)) && revealsAThing(tokens, i)) return false;
  // "added" reports speech after a comma or before "that" or a quote; "jobs added" is a count
  if (ADDED.has(norm)) return next === undefined || next === 'that' || !isWordLike(tokens[i + 1]!.raw) || !isWordLike(tokens[i - 1]?.raw ?? ',');
  // "the mayor alleged that …": the tagger may read the form as an adjective, but a clause after it makes it the verb
  return t.pos === undefined || t.pos === 'VERB' || t.pos === 'AUX' || next === 'that';
}

/**
 * Whether a sentence speaks of legal proceedings (a lawsuit, a complaint, a court), anywhere for "allege"; for "claim",
 * which a witness or a party also uses out of court, only as the filing that claims, a few words before it at `near`.
 */
function inLegalProceedings(tokens: readonly Token[], near?: number): boolean {
  const from = near === undefined ? 0 : Math.max(0, near - LEGAL_SUBJECT_SPAN);
  const to = near ?? tokens.length;
  for (let k = from; k < to; k++) if (LEGAL_PROCEEDINGS.has(lemmaOf(tokens[k]!)) || LEGAL_PROCEEDINGS.has(tokens[k]!.norm)) return true;
  return false;
}
const LEGAL_SUBJECT_SPAN = 6;

/**
 * "a spike in harassment, intimidation and threats of violence": an offence in a list with other offences or crimes
 * names a kind of offence, as a police report does ("its harassment of the island" judges).
 */
function listedWithOffences(tokens: readonly Token[], start: number): boolean {
  const i = tokenAt(tokens, start);
  const offence = (t: Token | undefined) => t !== undefined && t.pos === 'NOUN' && (LEGAL_OFFENCES.has(lemmaOf(t)) || DOMAIN_WORDS.has(lemmaOf(t)));
  for (const step of [-1, 1]) {
    let k = i + step;
    // past the list's comma or conjunction, to the next item's head within a few words
    if (!LIST_LINKS.has(tokens[k]?.norm ?? '') && tokens[k]?.raw !== ',') continue;
    for (let hops = 0; hops < 3; hops++) {
      k += step;
      const t = tokens[k];
      if (!t || (t.raw === ',' && hops > 0)) break;
      if (offence(t)) return true;
    }
  }
  return false;
}
const LIST_LINKS = new Set(['and', 'or']);

const DISCLOSING = new Set(['reveal', 'disclose']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'last', 'this', 'week', 'month', 'year',
]);
const OBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Whether a verb of disclosing at `i` takes a thing ("her identity", "herself as …"), not a clause ("the talks had failed"). */
function revealsAThing(tokens: readonly Token[], i: number): boolean {
  // "revealed Thursday (afternoon) that …", "…, the ambassador revealed Thursday.": a time is no object
  let from = i + 1;
  while (TIME_WORDS.has(tokens[from]?.norm ?? '')) from++;
  const next = tokens[from];
  if (!next || next.norm === 'that' || !OBJECT_START.has(next.pos ?? '')) return false;
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const t = tokens[k]!;
    if (/^[,;:.!?()—–"“”]$/u.test(t.raw) || t.pos === 'ADP' || t.pos === 'SCONJ') return true;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && k > i + 1)) return false;
  }
  return true;
}

/**
 * "accused the board of running a closed shop that worked with two shippers in a conspiracy", "the power to
 * investigate whether the mayor's aides colluded": an offence that a sentence's accusation or inquiry, anywhere
 * before it, is about names what is charged or looked into, however far the accusation stands from it.
 */
function underCharge(tokens: readonly Token[], start: number): boolean {
  const i = tokenAt(tokens, start);
  for (let k = 0; k < i; k++) {
    const t = tokens[k]!;
    if (ACCUSATIONS.has(t.norm) || INQUIRIES.has(lemmaOf(t))) return true;
  }
  return false;
}

/** Whether the mark starting at `start` is a word naming an offence a complaint charges ("conspiring", "collusion"). */
function chargedOffence(tokens: readonly Token[], start: number): boolean {
  const t = tokens[tokenAt(tokens, start)];
  return t !== undefined && (LEGAL_OFFENCES.has(lemmaOf(t)) || LEGAL_OFFENCES.has(t.norm));
}
/** Adverbs by which the outlet says a reported statement is wrong ("incorrectly noted", "falsely stated"). */
const ERROR_ADVERBS = new Set(['incorrectly', 'falsely', 'wrongly', 'erroneously', 'mistakenly', 'inaccurately', 'wrongfully']);

const DETERMINERS = new Set(['DET', 'ADP', 'NUM']);
const NOMINALS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** A colon or dash opens a clause as a sentence's start does ("Pandora Papers: newly revealed documents …"). */
const CLAUSE_OPENER = /^[:—–]$/u;
/** "the newly disclosed emails", "with confirmed infections": an -ed form after a determiner or preposition, before a noun. */
function participleBeforeNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !NOMINALS.has(next.pos ?? '') || next.norm === 'that') return false;
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  // a determiner or preposition cannot be the subject of a finite verb: the form is a participle
  return k < 0 || DETERMINERS.has(tokens[k]!.pos ?? '') || CLAUSE_OPENER.test(tokens[k]!.raw);
}
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
/** "has been revealed publicly", "the visit was confirmed": a passive that reports no clause ("it was claimed that…" does). */
function agentlessPassive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  if (!BE.has(tokens[k]?.norm ?? '')) return false;
  if (tokens[i + 1]?.norm === 'that') return false;
  while (k >= 0 && (BE.has(tokens[k]!.norm) || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  // the impersonal "it has been claimed (that) …" reports the clause after it
  return tokens[k]?.norm !== 'it';
}

/**
 * "his claims that…", "Trump's claim of fraud", "the claim that": a statement presented as a mere claim; "jobless
 * claims", "asylum claims", "claims of $2 million" are things filed.
 */
function claimAsStatement(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next?.norm === 'that') return true;
  if (next?.norm === 'of' && after && after.pos !== 'NUM' && !NUMERIC.test(after.raw)) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.norm === "'s" || prev.norm === '’s' || /^(?:his|her|their|its)$/u.test(prev.norm) || POSSESSIVE_NAME.test(prev.raw));
}
const POSSESSIVE_NAME = /^\p{Lu}\p{L}*['’]s$/u;

/**
 * "claimed responsibility", "claim their refunds", "asserted executive privilege", "asserts Smith's right": taking or
 * exercising, not saying; so is "the island it claims as its own", and a right named before a participle ("a right
 * traditionally asserted by the president").
 */
function claimsAThing(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.norm === 'as') return true;
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  if (k < i - 1 && CLAIMED_THINGS.has(tokens[k]?.norm ?? '')) return true;
  if (CLAIMED_THINGS.has(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.norm === 'by') return true;
  for (k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k]!;
    if (CLAIMED_THINGS.has(t.norm)) return true;
    // determiners, possessors and modifiers ("executive privilege", the tagger reads some modifiers as nouns)
    if (t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && !(t.pos === 'PROPN' && POSSESSIVE.test(t.norm.replace('’', "'")))) return false;
  }
  return false;
}

// a quotation mark ends the search too: quoted words are the speaker's already, and marked as such
const CLAUSE_BREAK = /^[,;:.!?()—–"“”‘’«»]$/u;

/**
 * Whether the word starting at `start` lies in the content of an accusation a few words before it, within its
 * clause, or in the words a speaker is reported to have called something.
 */
function reportedAccusation(tokens: readonly Token[], start: number): boolean {
  const i = tokenAt(tokens, start);
  if (i < 0) return false;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAK.test(t.raw)) return false;
    const lemma = lemmaOf(t);
    if (ACCUSATIONS.has(t.norm) || ACCUSATIONS.has(lemma)) return true;
    // "he called the plan reckless and cruel", "describing the plan as reckless": the speaker's words, reported
    if (seen < 5 && t.pos === 'VERB' && CHARACTERISATIONS.has(lemma) && !CALL_FOR.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}
/** The index of the token starting at `start` in offset-sorted tokens, or -1 (a binary search: marks can be many). */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!.start;
    if (t === start) return mid;
    if (t < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** "call for", "call on", "call off" ask or cancel; they characterise nothing. */
const CALL_FOR = new Set(['for', 'on', 'off', 'up', 'in']);

/**
 * Whether the word at k names a feeling or a judging act ("appeared to savor", "seemed eager", "appeared to
 * mock"): only then does "appear"/"seem" read a mind; "appeared to concern", "seems likely" hedge a fact.
 */
function feelingAfter(tokens: readonly Token[], k: number): boolean {
  let t = tokens[k];
  // "appeared to be wary"
  if (t && lemmaOf(t) === 'be') t = tokens[k + 1];
  if (!t) return false;
  const lemma = lemmaOf(t);
  const score = AFINN.get(t.norm) ?? AFINN.get(lemma);
  // "appeared to challenge", "seems to increase": a mildly scored act is reported, not a feeling read into it
  return (score !== undefined && Math.abs(score) >= 2) || ATTITUDES.has(lemma) || FEELING_VERBS.has(lemma) || loadedVerb(lemma, t.norm) !== undefined || descriptorReason(lemma) !== undefined;
}

/** "experts are skeptical", "many were worried": an unnamed group given an attitude through a copula. */
function attitudeAfterCopula(tokens: readonly Token[], i: number): boolean {
  const copula = tokens[i + 1];
  const attitude = tokens[i + 2];
  return copula !== undefined && attitude !== undefined && COPULAS.has(copula.norm) && attitude.pos === 'ADJ' && ATTITUDES.has(lemmaOf(attitude));
}
const COPULAS = new Set(['are', 'were', 'remain', 'remained', 'seem', 'seemed', 'appear', 'appeared']);

/** "Smith claims the vote…", "she notes the rise…": a name or a subject pronoun before, a clause after. */
function afterNamedSubject(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || !(next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN')) return false;
  return prev.pos === 'PROPN' || SUBJECT_PRONOUNS.has(prev.norm);
}
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** "the state claims office", "their claims process": a tagger's verb that is part of a noun phrase. */
function isNounPhraseHead(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'PRON' && /^(?:my|your|his|her|its|our|their)$/u.test(prev.norm)));
}

/** Whether [start, end) overlaps one of the sorted, disjoint spans. */
export function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
