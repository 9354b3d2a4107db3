/** Verbs that report speech, each with how it presents the statement; the one list for quotes, actors and framing marks. */
import type { AttributionClass } from '../types';

/** How a speech verb presents the statement: an attribution class the column marks, or `unmarked` (reports speech, never marked). */
export type SpeechVerbClass = AttributionClass | 'unmarked';

const CLASSES: Readonly<Record<SpeechVerbClass, readonly string[]>> = {
  // After Wikipedia's MOS:SAID: neutral verbs report the words without judging them.
  neutral: [
    'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'stated', 'stating', 'added', 'adds', 'adding', 'wrote',
    'writes', 'reported', 'announced', 'announces', 'described', 'indicated', 'mentioned', 'remarked', 'commented',
    'replied', 'responded', 'asked', 'shared', 'posted', 'tweeted', 'argued', 'argues', 'testified', 'according',
    'states', 'reports', 'stressed', 'emphasized', 'emphasised', 'emphasizing', 'emphasising', 'affirmed', 'affirming',
    // "denied any wrongdoing", "denied that …": counted as attribution only before the accusation it rejects, where it
    // names the speech act itself; it admits nothing, and the accusation is stated, not implied
    'denied', 'denies', 'denying',
  ],
  // Suggest the statement may not be true.
  doubt: [
    'claimed', 'claiming', 'insisted', 'insists', 'insisting', 'alleged', 'alleges', 'alleging', 'purported', 'contended',
    'contends', 'maintained', 'asserted', 'asserts', 'professed', 'touted', 'touts', 'claims', 'claim', 'allege', 'assert',
  ],
  // Present the statement as established fact.
  endorse: [
    'confirmed', 'confirms', 'acknowledged', 'acknowledges', 'revealed', 'reveals', 'noted', 'notes', 'noting',
    'observed', 'clarified', 'explained', 'explains', 'demonstrated', 'disclosed', 'pointed', 'recognized', 'recognised',
  ],
  // Suggest the speaker gave something up reluctantly, or is at fault.
  wrongdoing: [
    'admit', 'admitted', 'admits', 'admitting', 'concede', 'confess', 'conceded', 'concedes', 'conceding', 'confessed',
    'confesses',
  ],
  // Introduce a speaker ("…,” she warned) without the column marking them.
  unmarked: [
    'asks', 'declared', 'declares', 'warned', 'warns', 'continued', 'urged', 'urges', 'stresses', 'describes', 'called',
    'calls', 'responds', 'countered', 'counters', 'maintains', 'suggested', 'suggests', 'predicted', 'predicts', 'vowed',
    'vows', 'promised', 'promises', 'boasted', 'boasts', 'complained', 'complains', 'shouted', 'quipped', 'joked',
    'agreed', 'agrees', 'termed', 'labeled', 'labelled', 'dubbed', 'recalled',
  ],
};

/** Every speech verb form with its class. */
export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerbClass> = new Map(
  (Object.entries(CLASSES) as [SpeechVerbClass, readonly string[]][]).flatMap(([cls, words]) => words.map((w) => [w, cls] as const)),
);

/** The speech verbs the column marks as attribution, by class. */
export const ATTRIBUTION: ReadonlyMap<string, AttributionClass> = new Map(
  [...SPEECH_VERBS].filter((e): e is [string, AttributionClass] => e[1] !== 'unmarked'),
);

/** Forms that are nouns as often as verbs ("jobless claims"): attribution only before "that" or where tagged as a verb. */
export const AMBIGUOUS_ATTRIBUTION: ReadonlySet<string> = new Set(['claims', 'claim', 'notes', 'states', 'reports', 'confirms', 'reveals', 'pointed']);

/**
 * Objects of "claim" and "assert" that make them taking or exercising, not saying ("claimed responsibility", "claimed
 * the lives of", "asserted executive privilege", "asserts its territorial ambitions").
 */
export const CLAIMED_THINGS: ReadonlySet<string> = new Set([
  'responsibility', 'credit', 'victory', 'victories', 'win', 'wins', 'title', 'titles', 'lives', 'life', 'seat', 'seats',
  'ownership', 'asylum', 'territory', 'land', 'prize', 'crown', 'medal', 'gold', 'silver', 'bronze', 'top', 'benefits',
  'refund', 'refunds', 'damages', 'compensation', 'deduction', 'deductions', 'jackpot', 'record', 'spot', 'place',
  // rights and powers one claims or asserts by exercising them
  'privilege', 'privileges', 'right', 'rights', 'immunity', 'sovereignty', 'jurisdiction', 'control', 'authority',
  'power', 'powers', 'independence', 'dominance', 'ambition', 'ambitions', 'influence', 'dominion',
]);
/** Verbs (lemmas) that take a right or a thing as well as a statement: "claim", "assert". */
export const TAKING_VERBS: ReadonlySet<string> = new Set(['claim', 'assert']);

/**
 * Lemmas that put a sentence in legal proceedings (hand-curated for Parallax, MIT): there "alleges" and "claims" are
 * the terms of art a complaint or a charge uses (AP style asks for "allege" there), not the outlet's doubt.
 */
export const LEGAL_PROCEEDINGS: ReadonlySet<string> = new Set([
  'lawsuit', 'suit', 'sue', 'complaint', 'indictment', 'indict', 'prosecutor', 'prosecution', 'plaintiff', 'defendant',
  'litigation', 'petition', 'affidavit', 'subpoena', 'court', 'judge', 'jury', 'trial', 'filing', 'counterclaim',
]);
/** Doubt verbs that a complaint or a charge uses as its terms of art, every form (the tagger may leave "alleged" whole). */
export const LEGAL_TERMS_OF_ART: ReadonlySet<string> = new Set([
  'allege', 'alleges', 'alleged', 'alleging', 'claim', 'claims', 'claimed', 'claiming',
]);
/** Hedges that legal proceedings require of a report ("sued them for allegedly disrupting …"): no distance of the outlet's. */
export const LEGAL_HEDGES: ReadonlySet<string> = new Set(['allegedly']);

/** Finite speech verbs, as they follow a speaker's name ("Trump said"): no -ing forms, not "according". */
export const FINITE_SPEECH_VERBS: readonly string[] = [...SPEECH_VERBS.keys()].filter((w) => !w.endsWith('ing') && w !== 'according');

/** Verbs after a capitalised name that show it names a person: the finite speech verbs and a few acts of persons. */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  ...FINITE_SPEECH_VERBS,
  'believes', 'thinks', 'wants', 'criticized', 'praised', 'signed', 'met', 'spoke',
]);

/**
 * Lemmas of verbs that report or characterise what someone said ("calling it …", "accusing him of …",
 * "describing her as …"): a sentence with one gives quoted words as the speaker's, not as scare quotes.
 */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  ...[...SPEECH_VERBS.keys()].filter((w) => !/(?:ed|s|ing)$/u.test(w)),
  'say', 'tell', 'call', 'describe', 'accuse', 'label', 'brand', 'term', 'dub', 'suggest', 'claim', 'insist', 'warn',
  'argue', 'deride', 'denounce', 'condemn', 'decry', 'blast', 'slam', 'brag', 'boast', 'praise', 'tout', 'vow',
  'promise', 'demand', 'urge', 'refer', 'write', 'tweet', 'post', 'declare', 'proclaim', 'complain', 'charge',
]);
