/** Whether a sentiment-list word is used evaluatively: part of speech, neutral terms, domain vocabulary, negation. */
import { AFINN } from './lexicon/afinn';
import { VADER, vaderOnAfinnScale } from './lexicon/vader';
import { CONFLICT_FRAME, FIGHT_CONTEXT, LAUDATORY, LOADED_VERBS, PEJORATIVE, PHYSICAL_FIGHT } from './lexicon/descriptors';
import { NEWS_NEUTRAL } from './lexicon/framing';
import { DOMAIN_WORDS, EXPERIENCER_VERBS, FEELING_ADJECTIVES, FEELING_NOUNS, FEELING_VERBS_OF_REPORT, NEUTRAL_TERMS, PLAIN_SENSE_HEADS, REPORTED_STATES, STANDING_ADJECTIVES } from './lexicon/neutral-terms';
import { PERSON_NOUNS, ROLE_WORDS } from './lexicon/roles';
import { STOP_WORDS } from './lexicon/stop-words';
import { isWordLike, startsLower } from './text';
import type { Token } from './types';

/**
 * A word's sentiment score on AFINN's scale (−5 to +5): AFINN's own, else VADER's mean rating scaled from its −4 to +4
 * (the words of clear feeling AFINN lacks: "moronic", "villain", "ruinous"), or undefined.
 */
export function listedScore(word: string): number | undefined {
  const score = AFINN.get(word);
  if (score !== undefined) return score;
  const rating = VADER.get(word);
  return rating === undefined ? undefined : vaderOnAfinnScale(rating);
}

/** How a listed score is cited in a reason: "sentiment score −3" (AFINN) or "VADER rating −2.7 of ±4". */
export function scoreCitation(word: string, score: number): string {
  const rating = AFINN.has(word) ? undefined : VADER.get(word);
  if (rating !== undefined) return `VADER rating ${rating > 0 ? '+' : ''}${rating} of ±4`;
  return `sentiment score ${score > 0 ? '+' : ''}${score}`;
}

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

/** neutralTermTokens per sentence's tokens: the tone and the marks both ask for each sentence, after tagging. */
const neutralTerms = new WeakMap<readonly Token[], ReadonlySet<number>>();

/**
 * Indices of the word tokens of `tokens` that lie inside a neutral multiword term ("peace talks", "tested
 * negative"). Each start is tried against the terms beginning with its word, so the work is linear in the
 * sentence times the longest term. Worked out once per array of tokens: tagging, which sets their lemmas, comes first.
 */
export function neutralTermTokens(tokens: readonly Token[]): ReadonlySet<number> {
  let known = neutralTerms.get(tokens);
  if (!known) neutralTerms.set(tokens, (known = findNeutralTerms(tokens)));
  return known;
}

function findNeutralTerms(tokens: readonly Token[]): Set<number> {
  const words: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.raw !== '-') words.push(i);
  const out = new Set<number>();
  for (let w = 0; w < words.length; w++) {
    const t = tokens[words[w]!]!;
    const byNorm = TERMS.get(t.norm);
    const byLemma = t.lemma && t.lemma !== t.norm ? TERMS.get(t.lemma) : undefined;
    // the terms by the word's norm, then by its lemma, each list read in place
    if (byNorm) addTerms(tokens, words, w, byNorm, out);
    if (byLemma) addTerms(tokens, words, w, byLemma, out);
  }
  return out;
}

/** Adds to `out` the tokens of each of `terms` that the words from the w-th on spell. */
function addTerms(tokens: readonly Token[], words: readonly number[], w: number, terms: readonly (readonly string[])[], out: Set<number>): void {
  for (const term of terms) {
    if (w + term.length > words.length || term.length > LONGEST_TERM) continue;
    let ok = true;
    for (let k = 1; k < term.length && ok; k++) ok = same(tokens[words[w + k]!]!, term[k]!);
    if (ok) for (let k = 0; k < term.length; k++) out.add(words[w + k]!);
  }
}

/** Whether a sentiment-list word is plain news vocabulary whatever its context (reporting words, domain terms, reported states). */
export function isPlainNewsWord(t: Token): boolean {
  // "the criticism's point": a possessive is its noun (the tagger leaves the clitic on the word)
  const lemma = lemmaOf(t).replace(POSSESSIVE_CLITIC, '');
  if (NEWS_NEUTRAL.has(t.norm) || NEWS_NEUTRAL.has(lemma) || DOMAIN_WORDS.has(lemma) || DOMAIN_WORDS.has(t.norm) || REPORTED_STATES.has(t.norm)) return true;
  // "illegally", "criminally": an adverb formed from a plain adjective is as plain
  return t.pos === 'ADV' && adverbBases(t.norm).some((b) => NEWS_NEUTRAL.has(b) || DOMAIN_WORDS.has(b));
}

const POSSESSIVE_CLITIC = /['’]s$/u;

/** Verbs and adverbs that link a subject to how it feels ("were", "felt", "got", "grew"). */
const LINKING = new Set(['be', 'feel', 'get', 'become', 'grow', 'seem', 'appear', 'look', 'sound', 'remain', 'stay', 'leave', 'keep']);
/** Prepositions after a participle of feeling that name its cause ("troubled by", "ashamed of", "upset about"). */
const CAUSE_OF_FEELING = new Set(['by', 'at', 'about', 'of', 'over', 'with', 'that']);

/**
 * Whether the participle at i reports how someone feels ("voters were outraged", "felt humiliated", "deeply troubled
 * by the name"): a past participle of a verb of feeling, after a linking verb or before the cause of the feeling. Used
 * before a noun ("troubled regions", "a shaken economy") or as an active verb ("the ad outraged voters") it is the
 * outlet's word. So is an adjective of feeling after a linking verb whose subject can feel ("supporters were furious
 * over the emails", "she was unhappy"), not of a thing ("the outcome was sad").
 */
export function reportedFeeling(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const adjective = FEELING_ADJECTIVES.has(t.norm);
  if (!adjective) {
    if (!t.norm.endsWith('ed') && !t.norm.endsWith('en') && t.norm !== 'hurt' && t.norm !== 'upset') return false;
    if (!EXPERIENCER_VERBS.has(lemmaOf(t)) && !EXPERIENCER_VERBS.has(participleBase(t.norm))) return false;
  }
  if (!adjective && CAUSE_OF_FEELING.has(tokens[i + 1]?.norm ?? '')) return true;
  let k = i - 1;
  while (k >= 0 && k > i - 5 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.raw === ',' || tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'ADJ')) k--;
  const before = tokens[k];
  if (before === undefined || !(LINKING.has(lemmaOf(before)) || LINKING.has(before.norm))) return false;
  if (!adjective) return true;
  // "the plan was sad", "it is sad that …" judge: an adjective of feeling reports one only of someone who can feel
  let s = k - 1;
  while (s >= 0 && (tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'PART')) s--;
  const subject = tokens[s];
  if (subject === undefined || NOT_FEELERS.has(subject.norm)) return false;
  return subject.pos === 'PRON' || subject.pos === 'PROPN' || PERSON_NOUNS.has(lemmaOf(subject)) || ROLE_WORDS.has(lemmaOf(subject));
}
/** Pronouns that stand for no one who feels ("it is sad that …", "this was a sad day"). */
const NOT_FEELERS = new Set(['it', 'this', 'that', 'there', 'these', 'those', 'which', 'what']);

/**
 * Whether the noun at i reports people's feeling: a noun of feeling with its cause or its holders after it ("anger
 * over the ruling", "fear among residents"), or after a verb that voices or stirs it ("expressed outrage", "caused
 * alarm", "a sense of dismay").
 */
export function reportedFeelingNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !FEELING_NOUNS.has(lemmaOf(t))) return false;
  if (CAUSE_OF_FEELING.has(tokens[i + 1]?.norm ?? '') || FEELING_HOLDERS.has(tokens[i + 1]?.norm ?? '')) return true;
  let k = i - 1;
  while (k >= 0 && k > i - 4 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'DET')) k--;
  const before = tokens[k];
  if (!before) return false;
  // "their fear", "her pain and anger": a possessive, before the feeling or the feelings it is listed with, names whose
  // feeling it is
  let p = i - 1;
  while (p >= 0 && p > i - 5 && (tokens[p]!.pos === 'ADJ' || tokens[p]!.pos === 'CCONJ' || tokens[p]!.raw === ',' || tokens[p]!.pos === 'NOUN')) p--;
  if (p >= 0 && POSSESSIVES.has(tokens[p]!.norm)) return true;
  if (before.norm === 'of' && tokens[k - 1] && /^(?:sense|feeling|feelings|mood|expression|expressions|wave)$/u.test(tokens[k - 1]!.norm)) return true;
  return before.pos === 'VERB' && FEELING_VERBS_OF_REPORT.has(lemmaOf(before));
}
const FEELING_HOLDERS = new Set(['among', 'toward', 'towards', 'against', 'in', 'from']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/**
 * Whether the adjective at i says who is meant by economic or social standing ("poor families", "the wealthy",
 * "vulnerable patients"), not how good something is ("poor judgment" judges).
 */
export function socialStanding(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "the imbalance has disadvantaged workers": a verb is the outlet's claim of harm
  if (!STANDING_ADJECTIVES.has(t.norm) || t.pos === 'VERB' || tokens[i - 1]?.pos === 'AUX') return false;
  let k = i + 1;
  while (tokens[k] && k < i + 6 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.raw === ',' || tokens[k]!.pos === 'CCONJ' || tokens[k]!.raw === '-' || STANDING_ADJECTIVES.has(tokens[k]!.norm))) k++;
  const head = tokens[k];
  // "the poor", "exploit the poor and …": the adjective is the noun
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN')) return tokens[i - 1]?.norm === 'the';
  const lemma = lemmaOf(head);
  return head.pos === 'PROPN' || PERSON_NOUNS.has(lemma) || STANDING_HEADS.has(lemma) || (head.norm !== lemma && head.norm.endsWith('s'));
}
/** Collective nouns and places described by standing ("poor countries", "a wealthy suburb"). */
const STANDING_HEADS = new Set([
  'child', 'family', 'household', 'student', 'patient', 'voter', 'resident', 'community', 'neighborhood', 'neighbourhood',
  'country', 'nation', 'state', 'region', 'area', 'district', 'suburb', 'town', 'city', 'village', 'donor', 'individual',
  'elderly', 'population', 'taxpayer', 'consumer', 'borrower', 'immigrant', 'migrant', 'american', 'citizen', 'group',
]);

/**
 * Whether a conflict-frame word at i reports a physical fight ("police and protesters clashed", "wounded in battle"):
 * a word for fighters, arms or wounds stands in its sentence. Then it is no metaphor.
 */
export function literalFight(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!PHYSICAL_FIGHT.has(t.norm) && !PHYSICAL_FIGHT.has(lemmaOf(t))) return false;
  // once per sentence: a run of fight words must not rescan it for each
  let found = FIGHTS.get(tokens);
  if (found === undefined) {
    found = tokens.some((w) => FIGHT_CONTEXT.has(w.norm) || FIGHT_CONTEXT.has(lemmaOf(w)));
    FIGHTS.set(tokens, found);
  }
  return found;
}
const FIGHTS = new WeakMap<readonly Token[], boolean>();

/**
 * Whether "succeed" at i takes a person as its object ("she succeeded him as chair", "succeeds Mr. Lee"): it says who
 * follows whom in an office, not that anything went well ("succeeded in passing" and "the plan succeeded" do).
 */
export function followsInOffice(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || lemmaOf(t) !== 'succeed') return false;
  let k = i + 1;
  while (k < tokens.length && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k++;
  const object = tokens[k];
  return object !== undefined && ((object.pos === 'PRON' && object.norm !== 'it') || object.pos === 'PROPN' || isPersonWord(object));
}

/**
 * Whether the modifier at i has its plain sense by the noun it describes ("the historic Black neighborhood", "a
 * deadly virus"): the head is the last noun of the run of modifiers and nouns after it.
 */
export function plainSense(tokens: readonly Token[], i: number): boolean {
  const heads = PLAIN_SENSE_HEADS.get(tokens[i]!.norm);
  if (!heads) return false;
  let head: Token | undefined;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k]!;
    // "Covid-19": a number joined by a hyphen is part of the name before it, not the head
    if (t.raw === '-' || (/^\d+$/u.test(t.raw) && tokens[k - 1]?.raw === '-')) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
    // "unsafe working conditions": a gerund before a noun modifies it
    else if (t.pos === 'VERB' && t.norm.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN') continue;
    else if (!(t.pos === 'ADJ' || t.raw === '-' || t.pos === 'NUM')) break;
  }
  return head !== undefined && heads.has(lemmaOf(head));
}

/** The verb a regular past participle is formed from, as a lemma may be missing ("ashamed" has none): "scared" → "scare". */
function participleBase(norm: string): string {
  if (norm.endsWith('ied')) return `${norm.slice(0, -3)}y`;
  if (norm.endsWith('ed')) {
    const stem = norm.slice(0, -2);
    return EXPERIENCER_VERBS.has(stem) ? stem : `${stem}e`;
  }
  return norm;
}

/** Why a sentiment-list word is not evaluative here, or undefined when it is. */
/** In a title-case heading the tagger reads most words as proper nouns; there they count as modifiers. */
export function neutralUse(t: Token, score: number, inNeutralTerm: boolean, heading = false, ofPerson = false, tone = false): string | undefined {
  if (inNeutralTerm) return 'part of a neutral term';
  if (isPlainNewsWord(t)) return 'plain news vocabulary: reporting words, terms of law, medicine, economics or war, reported states';
  const strength = Math.abs(score);
  // a capitalised headline word is tagged as a name; it is read as the modifier it mostly is
  const pos = heading && t.pos === 'PROPN' ? 'ADJ' : t.pos;
  // praise in the outlet's voice is caught by the laudatory descriptors; a sentiment-list modifier of mild or clear
  // positive strength ("safe", "good", "successful", "wealthy", "ended positively") names an outcome, a quality or a
  // hope far more often than it praises; said of a person ("an accomplished and esteemed general") it is praise, and
  // the very strong ones ("fantastic", "superb") are praise whatever they describe
  // (the tone weighs both directions alike: "a good deal" lifts it as "a bad deal" lowers it, highlighted or not)
  if (!tone && score > 0 && score < 4 && (pos === 'ADJ' || pos === 'ADV') && !ofPerson) return 'an ordinary positive modifier names an outcome rather than praising';
  // "a blessing", "their loyalty", "won": a positive noun or verb names a good or an outcome; blame nouns judge
  if (!tone && score > 0 && score < 4 && (pos === 'NOUN' || pos === 'VERB')) return 'a positive noun or verb names an outcome rather than praising';
  switch (pos) {
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

/** Degree words that stress a comparison ("far more", "even worse", "vastly better"). */
export const COMPARISON_BOOSTERS: ReadonlySet<string> = new Set(['far', 'even', 'vastly', 'considerably', 'markedly', 'infinitely']);
const COMPARATIVES = new Set(['more', 'less', 'worse', 'better', 'fewer']);

/**
 * The index of the comparative that a degree word at `i` stresses ("far more", "even worse", "far stronger"),
 * or undefined; "far more than 100" gives a figure and is left alone.
 */
export function intensifiedComparison(tokens: readonly Token[], i: number): number | undefined {
  if (!COMPARISON_BOOSTERS.has(tokens[i]!.norm)) return undefined;
  const next = tokens[i + 1];
  if (!next) return undefined;
  // wink-nlp lemmatises an inflected comparative to its base ("stronger" → "strong")
  const comparative = COMPARATIVES.has(next.norm) || ((next.pos === 'ADJ' || next.pos === 'ADV') && next.norm.endsWith('er') && lemmaOf(next) !== next.norm);
  if (!comparative || tokens[i + 2]?.norm === 'than') return undefined;
  return i + 1;
}

/** Whether a token is an adjective that judges: a sentiment-list adjective in evaluative use, or a listed descriptor. */
export function isEvaluativeAdjective(t: Token, inNeutralTerm: boolean, heading = false): boolean {
  // after "most" a participle is used as an adjective ("most trusted", "most damning")
  const participle = t.pos === 'VERB' && /(?:ed|ing)$/u.test(t.norm);
  if (t.pos !== 'ADJ' && !participle && !(heading && t.pos === 'PROPN')) return false;
  const lemma = lemmaOf(t);
  if (PEJORATIVE.has(t.norm) || LAUDATORY.has(t.norm) || PEJORATIVE.has(lemma) || LAUDATORY.has(lemma)) return true;
  const score = listedScore(t.norm) ?? listedScore(lemma);
  return score !== undefined && score !== 0 && neutralUse(participle ? { ...t, pos: 'ADJ' } : t, score, inNeutralTerm, heading) === undefined;
}

/** Spellings of the adjective an "-ly" adverb is formed from: "recklessly" → "reckless", "angrily" → "angry", "terribly" → "terrible", "cynically" → "cynical". */
function adverbBases(norm: string): string[] {
  if (!norm.endsWith('ly') || norm.length < 6) return [];
  const stem = norm.slice(0, -2);
  const out = [stem];
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  if (norm.endsWith('bly') || norm.endsWith('ply')) out.push(`${norm.slice(0, -1)}e`);
  if (stem.endsWith('al')) out.push(stem.slice(0, -2));
  return out;
}

/** Spellings of the adjective a noun is formed from: "recklessness" → "reckless", "absurdity" → "absurd", "arrogance" → "arrogant". */
function nounBases(norm: string): string[] {
  if (norm.length < 7) return [];
  if (norm.endsWith('ness')) {
    const stem = norm.slice(0, -4);
    return stem.endsWith('i') ? [stem, `${stem.slice(0, -1)}y`] : [stem];
  }
  if (norm.endsWith('ity')) return [norm.slice(0, -3), `${norm.slice(0, -3)}e`];
  if (norm.endsWith('ance') || norm.endsWith('ence')) return [`${norm.slice(0, -2)}t`];
  return [];
}

/**
 * The negative evaluative adjective a noun is formed from ("recklessness", "arrogance"), with why it judges, or
 * undefined: a nominalised blame judges as the adjective does.
 */
export function nounBase(norm: string): { word: string; why: string } | undefined {
  // praise as a noun ("happiness", "kindness") mostly names a state someone reports; blame as a noun judges
  const base = evaluativeBase(nounBases(norm));
  return base && !base.why.includes('positive') && !base.why.includes('laudatory') ? base : undefined;
}

/**
 * The evaluative adjective an "-ly" adverb is formed from, with why it judges, or undefined. The adjective must
 * be a listed descriptor or carry at least a clear sentiment score and not be plain news vocabulary; an ordinary
 * positive one ("successfully", "effectively") describes how something went.
 */
export function adverbBase(norm: string): { word: string; why: string } | undefined {
  return evaluativeBaseOf(adverbBases(norm), true);
}

function evaluativeBase(bases: readonly string[]): { word: string; why: string } | undefined {
  return evaluativeBaseOf(bases, false);
}

function evaluativeBaseOf(bases: readonly string[], strongPraiseOnly: boolean): { word: string; why: string } | undefined {
  for (const word of bases) {
    if (NEWS_NEUTRAL.has(word) || DOMAIN_WORDS.has(word) || REPORTED_STATES.has(word)) return undefined;
    if (PEJORATIVE.has(word)) return { word, why: 'a pejorative descriptor' };
    if (LAUDATORY.has(word)) return { word, why: 'a laudatory descriptor' };
    const score = listedScore(word);
    if (score !== undefined && strongPraiseOnly && score > 0 && score < 4) return undefined;
    if (score !== undefined && Math.abs(score) >= 2) return { word, why: `an adjective with ${score < 0 ? 'negative' : 'positive'} feeling (${scoreCitation(word, score)})` };
  }
  return undefined;
}

/**
 * Whether the modifier at i describes a person: the noun it leads to, past other modifiers ("accomplished and
 * esteemed four-star general"), is a name, a role or a word for a person.
 */
export function describesPerson(tokens: readonly Token[], i: number, heading = false): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k]!;
    const lemma = lemmaOf(t);
    // in a title-case headline every word is tagged as a name: only a role or a word for a person tells
    if ((t.pos === 'PROPN' && !heading) || ROLE_WORDS.has(lemma) || PERSON_NOUNS.has(lemma)) return true;
    if (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'CCONJ' || t.pos === 'NUM' || t.raw === ',' || t.raw === '-') continue;
    // "four-star general": a part of a compound modifier
    if (tokens[k + 1]?.raw === '-' || tokens[k - 1]?.raw === '-') continue;
    return false;
  }
  return false;
}

/**
 * Why the sentiment-list word at token i (AFINN `score`, or a listed hyphenated `compound` starting there) is not an
 * evaluation in the outlet's words, or undefined when it is. The tests the loaded-word marks apply
 * (engine/markers-words.ts), for the tone: a capital after a sentence's first word starts a name ("Good Friday"); a function word
 * sets no tone ("no exemptions"); a listed descriptor, conflict metaphor or loaded verb judges; a word AFINN scores
 * ±1 does not; otherwise the part of speech, strength and context decide (`neutralUse`), a mild positive modifier
 * judging only a person it describes.
 */
export function toneNeutral(tokens: readonly Token[], i: number, score: number, neutral: ReadonlySet<number>, heading = false, compound?: string): string | undefined {
  const t = tokens[i]!;
  if (!heading && !isOpening(tokens, i) && !startsLower(t.raw)) return 'part of a name';
  if (STOP_WORDS.has(t.norm)) return 'a function word';
  if (compound !== undefined) {
    const whole: Token = { ...t, norm: compound, lemma: compound };
    // a listed compound ("short-sighted", "cover-up") is one word; the marks take it as loaded from a clear score on
    if (neutral.has(i)) return 'part of a neutral term';
    if (isPlainNewsWord(whole)) return 'plain news vocabulary';
    return Math.abs(score) >= 2 || PEJORATIVE.has(compound) || LAUDATORY.has(compound) ? undefined : 'a mild compound';
  }
  const lemma = lemmaOf(t);
  if (literalFight(tokens, i)) return 'a physical fight, reported';
  if (followsInOffice(tokens, i)) return 'to follow someone in an office';
  if (PEJORATIVE.has(t.norm) || LAUDATORY.has(t.norm) || CONFLICT_FRAME.has(t.norm)) return undefined;
  // "dynamics", "positives": a plural noun is its own word when its singular is a laudatory adjective
  if (lemma !== t.norm && (PEJORATIVE.has(lemma) || CONFLICT_FRAME.has(lemma) || (LAUDATORY.has(lemma) && t.pos !== 'NOUN'))) return undefined;
  if (verbReading(t) && !t.negated && (LOADED_VERBS.has(lemma) || LOADED_VERBS.has(t.norm))) return undefined;
  // AFINN's weakest words ("unclear", "big", "delay") mostly size or doubt a thing; the marks leave them out as well
  if (Math.abs(score) < 2) return 'a weak sentiment-list word';
  if (reportedFeeling(tokens, i) || reportedFeelingNoun(tokens, i)) return 'a reported feeling';
  if (socialStanding(tokens, i)) return 'economic or social standing';
  if (plainSense(tokens, i)) return 'its plain sense for the noun it describes';
  // wink-nlp tags a capitalised word that opens a sentence as a name ("Reckless spending…", "Bad things…"): before a
  // common noun or a comma it is read as the modifier a headline word is ("Critics said" stays a noun)
  const next = tokens[i + 1];
  const opening = t.pos === 'PROPN' && isOpening(tokens, i) && next !== undefined && ((next.pos === 'NOUN' && startsLower(next.raw)) || next.raw === ',');
  // an adjective after an article with no noun after it is a noun ("will impose a fine and announced …"), unless it
  // is the first of two modifiers ("a positive and successful outcome")
  const modifies = (k: number) => tokens[k] !== undefined && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN' || tokens[k]!.raw === '-');
  const bare = t.pos === 'ADJ' && tokens[i - 1]?.pos === 'DET' && !modifies(i + 1) && !(next?.pos === 'CCONJ' && modifies(i + 2));
  // the tone weighs a modifier alike whatever it describes, so whether it describes a person is not asked
  return neutralUse(bare ? { ...t, pos: 'NOUN' } : t, score, neutral.has(i), heading || opening, false, true);
}

/** Verbs of anger and contempt that have a plain sense when no person is their subject ("protests erupted", "raging wildfires"). */
const PERSON_ONLY_VERBS = new Set(['erupt', 'rage', 'thunder', 'howl', 'snap', 'crow', 'bellow', 'fume', 'seethe']);
/** What one defies when one breaks a rule rather than defies a person ("defied a curfew", "defying the odds"). */
const DEFIED_RULES = new Set([
  'curfew', 'order', 'ban', 'lockdown', 'restriction', 'rule', 'law', 'tradition', 'odds', 'expectation', 'gravity',
  'convention', 'guideline', 'mandate', 'subpoena', 'warning', 'prediction', 'forecast',
]);

/**
 * Whether a loaded verb at i has its plain sense here: a verb of anger whose subject, or the noun its participle
 * describes, is no person ("violence that erupted", "raging wildfires", "the pandemic raged"), unless it turns into
 * something ("erupted into a feud"); "defy" before a rule
 * or the odds ("defied an 8 p.m. curfew"), which reports that it was broken or beaten.
 */
export function plainVerbSense(tokens: readonly Token[], i: number): boolean {
  const lemma = verbBase(tokens[i]!);
  if (lemma === 'defy') {
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const t = tokens[k]!;
      if (t.pos === 'NOUN' && DEFIED_RULES.has(lemmaOf(t))) return true;
      if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'CCONJ') break;
    }
    return false;
  }
  // "a push erupting into a partisan clash": turning into a fight is the metaphor, whatever the subject
  if (!PERSON_ONLY_VERBS.has(lemma) || tokens[i + 1]?.norm === 'into') return false;
  // "raging wildfires": a participle before its noun
  const next = tokens[i + 1];
  if (tokens[i]!.norm.endsWith('ing') && next && next.pos === 'NOUN' && tokens[i - 1]?.pos !== 'AUX') return !isPersonWord(next);
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  // "violence that erupted": the relative pronoun stands for the noun before it
  if (k > 0 && /^(?:that|which)$/u.test(tokens[k]!.norm)) k--;
  const subject = tokens[k];
  // a sentence's capitalised first word is tagged as a name ("Protests erupted"): a word of plain news vocabulary
  // for events there is the common noun ("Trump fumed" keeps its name)
  const opening = subject?.pos === 'PROPN' && k === 0 && (DOMAIN_WORDS.has(subject.norm) || DOMAIN_WORDS.has(subject.norm.replace(/s$/u, '')));
  const noun = subject !== undefined && (subject.pos === 'NOUN' || opening);
  return noun && !isPersonWord(subject);
}

/** The verb a form belongs to, where the lemmatiser strays ("raging" → "rag"): the listed verb it may be a form of. */
function verbBase(t: Token): string {
  const lemma = lemmaOf(t);
  if (PERSON_ONLY_VERBS.has(lemma) || lemma === 'defy') return lemma;
  const stem = t.norm.replace(/(?:ing|ed|es|s)$/u, '');
  for (const w of [stem, `${stem}e`, stem.replace(/i$/u, 'y')]) if (PERSON_ONLY_VERBS.has(w) || w === 'defy') return w;
  return lemma;
}

function isPersonWord(t: Token): boolean {
  const lemma = lemmaOf(t);
  return PERSON_NOUNS.has(lemma) || ROLE_WORDS.has(lemma);
}

/**
 * Whether a token may be read as a verb: a noun reading of a verb ("a hammer", "the plot") is no verb, but a gerund
 * or participle tagged as a noun is (`word` is the token's word as the caller reads it, its norm by default).
 */
export function verbReading(t: Token, word = t.norm): boolean {
  return t.pos !== 'PROPN' && (t.pos !== 'NOUN' || /(?:ing|ed)$/u.test(word));
}

/** Whether token i is the first word of its sentence (at most an opening quote or dash or two before it). */
function isOpening(tokens: readonly Token[], i: number): boolean {
  if (i > 3) return false;
  for (let k = 0; k < i; k++) if (isWordLike(tokens[k]!.raw)) return false;
  return true;
}
