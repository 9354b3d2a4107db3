/** Number facts: figures with the words that say what they count, named by the telling most carriers share. */
import { featureOfWord, type AlignmentResult, type PreparedSentence } from './align';
import type { FactTable } from './fact-table';
import { sameThing } from './facts-claims';
import type { Quantity } from './numbers';
import type { Sentence, Token } from './types';
import { wordVectors } from './word-vectors';

/** At most this many words from a date's verb to the date in its name; past it, the words just before the date. */
const DATE_LABEL_WORDS = 8;
/** At most this many different nouns counted by one figure are compared through WordNet (bounded work). */
const MAX_HEADS = 8;
/** How close two nouns' vectors must be to count as one thing counted. */
const SAME_NOUN_COSINE = 0.7;
/** Tellings of a number looked at to name it. */
const PHRASE_CANDIDATES = 12;
const UPPER = /^\p{Lu}/u;
const WORDISH = /[\p{L}\p{N}]/u;
const DURATION_WORD = /second|minute|hour|day|week|month|year|decade|centur/iu;
const DATE_START = /^(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
/** Words that follow a number without naming what it counts. */
const NOT_HEADS = new Set([
  'due', 'ago', 'earlier', 'later', 'more', 'less', 'fewer', 'higher', 'lower', 'percent', 'per', 'each', 'apiece',
  'last', 'next', 'this', 'year', 'years', 'old', 'fell', 'rose', 'dropped', 'says', 'said', 'according',
]);

/**
 * Two nouns that name one thing: WordNet gives them a sense in common or one as a kind of the other, and their word
 * vectors are close ("site", "location"; "ship", "vessel"), which a very broad kind is not ("people", "group").
 */
function sameNoun(a: string, b: string): boolean {
  return sameThing(a, b) && (wordVectors().similarity(a, b) ?? 0) >= SAME_NOUN_COSINE;
}

/** Kinds of number worth listing as facts: not ordinals, not vague durations ("a day"), dates only with a day. */
export function factQuantity(q: Quantity): boolean {
  if (q.kind === 'ordinal') return false;
  if (q.kind === 'date') return q.date?.day !== undefined;
  if (q.kind === 'duration') return /[\d\-\s]/.test(q.text) && !/^an?\s+\p{L}+$/iu.test(q.text);
  if (q.kind === 'count') return q.value >= 3 && !/^\d{4}$/.test(q.text);
  return true;
}

/**
 * A figure that is part of a title ("CBS' 60 Minutes", "“48 Hours”"): its unit written with a capital in running
 * text, where units never take one.
 */
function inTitle(sentence: Sentence, q: Quantity): boolean {
  if (sentence.heading) return false;
  const words = sentence.text.slice(q.start - sentence.start, q.end - sentence.start).split(/\s+/u);
  const unit = words.at(-1) ?? '';
  return words.length > 1 && DURATION_WORD.test(unit) && UPPER.test(unit);
}

/**
 * A figure that opens a name ("10 Downing Street said", "7 World Trade Center was"): two or more capitalised words
 * right after a count, with no lower-case noun after them that the count could count ("three White House aides")
 * and not ending on a plural of people ("two Senate Republicans").
 */
function opensName(sentence: Sentence, q: Quantity): boolean {
  if (sentence.heading || q.kind !== 'count') return false;
  const toks = sentence.tokens;
  let k = toks.findIndex((t) => t.start >= q.end);
  if (k < 0) return false;
  const first = k;
  while (k < toks.length && k - first < 4 && UPPER.test(toks[k]!.raw) && /^\p{L}+$/u.test(toks[k]!.raw)) k++;
  return k - first >= 2 && !isPeople(toks[k - 1]) && !(toks[k] && isNounish(toks[k]!));
}

/** A figure in a simile ("acted like a 12-year-old"): an image, not a fact. */
function inComparison(sentence: Sentence, q: Quantity): boolean {
  const toks = sentence.tokens;
  const k = toks.findIndex((t) => t.end > q.start);
  const article = toks[k - 1]?.norm;
  const word = toks[k - 2]?.norm;
  return (article === 'a' || article === 'an') && word === 'like';
}

/**
 * A figure with three significant digits or more ("293,000", "2.59 million"): two tellings of it in one story are
 * one figure, not a coincidence, unlike "200 migrants" and "200 demonstrators".
 */
function specific(q: Quantity): boolean {
  let v = Math.round(Math.abs(q.value));
  while (v >= 10 && v % 10 === 0) v /= 10;
  return v >= 100;
}

/** The text of a sentence from token x to token y, both included. */
function tokenText(sentence: Sentence, x: number, y: number): string {
  return sentence.text.slice(sentence.tokens[x]!.start - sentence.start, sentence.tokens[y]!.end - sentence.start);
}

/**
 * A short phrase naming what a number in a sentence counts: the number with the words after it when
 * they are content words ("$295 billion trade imbalance"), else with up to four words before it, within
 * the clause ("tariffs reaching 145 percent"). `tight` is true for the first form; `core` is the length of
 * the number and its own words, without what they did ("Four sailors" of "Four sailors … have been charged") or
 * the verb they depend on.
 */
export function phraseAround(sentence: Sentence, start: number, end: number): { text: string; tight: boolean; core?: number } {
  const toks = sentence.tokens;
  // the number's own first and last tokens; a and b grow into the phrase around them
  const first = toks.findIndex((t) => t.end > start);
  const last = toks.findLastIndex((t) => t.start < end);
  let a = first;
  let b = last;
  const slice = (x: number, y: number) => tokenText(sentence, x, y);
  if (a < 0 || b < 0) return { text: sentence.text.slice(start - sentence.start, end - sentence.start), tight: false };
  // "Brandt, 73, took over …": an age set off after a name is named with the name
  if (a === b && a >= 2 && toks[a - 1]!.raw === ',' && toks[a + 1]?.raw === ',' && toks[a - 2]!.pos === 'PROPN' && /^\d{1,3}$/u.test(toks[a]!.raw)) {
    return { text: slice(a - 2, b), tight: true };
  }
  let right = b;
  const written = sentence.text.slice(start - sentence.start, end - sentence.start);
  // dates and plain durations ("in 39 years") read better with the words before them; "90-minute call" with those after
  const leftFirst = DATE_START.test(written) || (DURATION_WORD.test(written) && !/-/u.test(written));
  while (!leftFirst && right < toks.length - 1 && right - b < 3 && isNounish(toks[right + 1]!)) right++;
  // "12 fraud and theft charges": a singular noun after a count is a modifier, and modifiers joined by "and" run
  // on to the noun they share ("30 welders and crane drivers" are two groups)
  if (right > b && toks[right + 1]?.pos === 'CCONJ' && !toks[right]!.norm.endsWith('s')) {
    let e = right + 1;
    while (e + 1 < toks.length && e - right < 4 && isNounish(toks[e + 1]!)) e++;
    if (e > right + 2) right = e;
  }
  // "five Democrats", "three Americans": people the number counts, named by a capitalised plural
  if (!leftFirst && right === b && isPeople(toks[b + 1])) right = b + 1;
  // "four other meetings", "three Republican presidents", "three most senior advisers": up to two
  // modifiers, then the noun the number counts
  let m = b + 1;
  while (!leftFirst && right === b && m - b <= 2 && !isPeople(toks[m]) && (isModifier(toks[m]) || DEGREE.has(toks[m]?.norm ?? '') || degreeAdverb(toks[m], toks[m + 1]))) m++;
  if (m > b + 1 && toks[m] && (isNounish(toks[m]!) || isPeople(toks[m]))) {
    right = m;
    while (right < toks.length - 1 && right - b < 4 && isNounish(toks[right + 1]!)) right++;
  }
  // "$50 billion of U.S. imports": a sum with no noun of its own is named by what it is of
  if (!leftFirst && right === b && toks[b + 1]?.norm === 'of') {
    let k = b + 2;
    while (k - b <= 4 && isModifier(toks[k])) k++;
    if (toks[k]?.pos === 'NOUN' && isNounish(toks[k]!)) {
      right = k;
      while (right < toks.length - 1 && right - k < 2 && isNounish(toks[right + 1]!) && toks[right + 1]!.pos === 'NOUN') right++;
    }
  }
  if (right > b) {
    // "heads of department": one noun, then "of" and the noun that completes it
    if (right === b + 1 && toks[right + 1]?.norm === 'of' && toks[right + 2] && isNounish(toks[right + 2]!) && toks[right + 2]!.pos === 'NOUN') right += 2;
    const core = slice(a, right);
    return { text: right - a <= 1 ? withPredicate(sentence, a, right) : core, tight: true, core: core.length };
  }
  const isBreak = (t: Token) => !WORDISH.test(t.raw) && !/^[$€£%-]$/u.test(t.raw);
  let words = 0;
  while (a > 0 && !isBreak(toks[a - 1]!) && words < 4) {
    a--;
    if (WORDISH.test(toks[a]!.raw)) words++;
  }
  while (a < b && toks[a]!.start < start && (!toks[a]!.content || !WORDISH.test(toks[a]!.raw))) a++;
  // never start inside a hyphenated word ("COVID-19 vaccine")
  while (a >= 2 && toks[a - 1]!.raw === '-' && toks[a - 1]!.end === toks[a]!.start && toks[a - 2]!.end === toks[a - 1]!.start) a -= 2;
  // never start inside a name ("Alliance for a last 45 days" of "the Northern Alliance for a last 45 days")
  let whole = a;
  for (let k = 0; k < 3 && whole > 0 && UPPER.test(toks[whole]!.raw) && UPPER.test(toks[whole - 1]!.raw) && WORDISH.test(toks[whole - 1]!.raw); k++) whole--;
  // a date is named by what happened on it: from the verb before it in the clause ("charged by a regional court on
  // Feb. 16", not "regional court on Feb. 16"; "charged on Oct. 12", not "Brandt and Ortiz were charged on …")
  if (DATE_START.test(written)) {
    // a date that modifies a noun is named with it: "at a March 5 rally", "a May 17 hearing"
    if (toks[first - 1]?.pos === 'DET') for (let n = 0; n < 2 && b + 1 < toks.length && isNounish(toks[b + 1]!); n++) b++;
    const verb = governingVerb(toks, first);
    // a verb inside a hyphenated word or written with a capital (a name read as a verb) names nothing
    const v = verb && !UPPER.test(toks[verb[0]]!.raw) && !(verb[0] > 0 && toks[verb[0] - 1]!.end === toks[verb[0]]!.start) ? verb[0] : -1;
    const told = v >= 0 && v < a ? slice(v, b) : '';
    if (told && told.split(/\s+/u).length <= DATE_LABEL_WORDS) return { text: told, tight: false };
    // a window that opens on the name of who did it starts at what they did
    if (v > a && toks[a]!.pos === 'PROPN') return { text: slice(v, b), tight: false };
  }
  // a phrase that would open with a name ("Harbour Board for a final 45 days") is named by the verb that
  // governs it instead: "extending talks … for a final 45 days"
  if (a > 0 && UPPER.test(toks[a]!.raw) && toks[a]!.pos === 'PROPN') {
    let after = a;
    while (after < b && UPPER.test(toks[after]!.raw)) after++;
    const verb = governingVerb(toks, a);
    // only where the name is a whole noun phrase ("the Harbour Board for …"), not a modifier ("U.S. goods to 30%")
    if (after < b && toks[after]!.start < start && toks[after]!.pos === 'ADP' && verb) return { text: `${slice(verb[0], verb[1])} … ${slice(after, b)}`, tight: false, core: slice(whole, b).length };
  }
  a = whole;
  // keep "at least", "more than", "up to" with the number
  if (a > 0 && /^(?:least|most|than|to)$/u.test(toks[a]!.norm) && toks[a - 1]!.content === false && WORDISH.test(toks[a - 1]!.raw)) a--;
  if (a === first && b === last) {
    // nothing around it in the clause before: name it by the words that follow ("Five of the recent polls"), or,
    // for a phrase set off by a comma, by the clause it opens ("After five months, the cranes were idle")
    if (toks[b + 1]?.raw === ',' && a > 0 && toks[a - 1]!.pos === 'ADP') {
      let e = b + 2;
      while (e < toks.length - 1 && WORDISH.test(toks[e + 1]!.raw) && e - b < 7) e++;
      // never end on a word that wants more ("at", "the", "additional" before its noun)
      while (e > b + 2 && (LEADING.has(toks[e]!.pos ?? '') || (toks[e]!.pos === 'ADJ' && toks[e + 1]?.pos === 'NOUN'))) e--;
      if (e > b + 2) return { text: slice(a - 1, e), tight: false };
    }
    while (b < toks.length - 1 && WORDISH.test(toks[b + 1]!.raw) && b - a < 4) b++;
  }
  // "began five years ago": a duration that dates something ends on the word that says so
  if (DURATION_WORD.test(toks[b]!.raw) && RELATIVE_TIME.has(toks[b + 1]?.norm ?? '')) b++;
  return { text: slice(a, b), tight: false };
}
/** Words after a duration that make it a point in time: "five years ago", "two days later". */
const RELATIVE_TIME = new Set(['ago', 'earlier', 'later', 'before', 'after', 'prior']);

/**
 * An adjective that may stand between a number and its noun: a lower-case one ("other", "more", "new") or a
 * capitalised one of a party or a people ("three Republican presidents", "200 Chinese students").
 */
function isModifier(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return (t.pos === 'ADJ' && /^\p{Ll}/u.test(t.raw)) || ((t.pos === 'ADJ' || t.pos === 'PROPN') && /^(?:\p{Lu}\p{Ll}+|(?:\p{Lu}\.){2,})$/u.test(t.raw));
}

/**
 * The verb a phrase before token `at` depends on, with the words up to its object's noun ("held back its
 * levy"): the nearest verb to the left within the clause, as a token range, if any is near.
 */
function governingVerb(toks: readonly Token[], at: number): [number, number] | undefined {
  for (let v = at - 1; v >= Math.max(0, at - 12); v--) {
    const t = toks[v]!;
    if (/^[.;:!?()"“”]$/u.test(t.raw)) return undefined;
    if (t.pos !== 'VERB') continue;
    for (let e = v + 1; e < Math.min(at, v + 4); e++) if (toks[e]!.pos === 'NOUN') return [v, e];
    return [v, v];
  }
  return undefined;
}

/**
 * A number and its noun with what they do, where that is all the phrase says ("Four sailors … have been
 * charged", "two cranes were being repaired"): the verb group right after them, or after a
 * parenthesis set off by commas; the phrase alone where no verb follows.
 */
function withPredicate(sentence: Sentence, a: number, right: number): string {
  const toks = sentence.tokens;
  const slice = (x: number, y: number) => tokenText(sentence, x, y);
  let k = right + 1;
  let gap = false;
  if (toks[k]?.raw === ',') {
    let j = k + 1;
    while (j < toks.length && j - k <= 8 && toks[j]!.raw !== ',') j++;
    if (toks[j]?.raw !== ',') return withSetting(sentence, a, right);
    k = j + 1;
    gap = true;
  }
  let v = k;
  if (!gap && (toks[v]?.norm === 'who' || toks[v]?.norm === 'that')) v++;
  for (let n = 0; n < 3 && (toks[v]?.pos === 'AUX' || toks[v]?.pos === 'PART'); n++) v++;
  if (toks[v]?.pos !== 'VERB') return gap ? slice(a, right) : withSetting(sentence, a, right);
  // "pleaded guilty", "stepped down": one adjective or particle completes the verb
  if (toks[v + 1]?.pos === 'ADJ' || (toks[v + 1]?.pos === 'ADP' && !WORDISH.test(toks[v + 2]?.raw ?? ''))) v++;
  // and its object: "crossed the border", "voted against the bill"
  let o = v + 1;
  if (toks[o]?.pos === 'ADP') o++;
  if (toks[o]?.pos === 'DET') o++;
  if (toks[o]?.pos === 'ADJ') o++;
  if (toks[o]?.pos === 'NOUN' && o - v <= 4) v = o;
  return gap ? `${slice(a, right)} … ${slice(k, v)}` : slice(a, v);
}

/**
 * A number and its noun with no verb after them, named with what places them: a phrase after them that ends on a noun
 * ("five sites for a new terminal"), else the verb before them ("met six times", "spoken by phone 20 times"); the two
 * words alone where neither is there.
 */
function withSetting(sentence: Sentence, a: number, right: number): string {
  const toks = sentence.tokens;
  const slice = (x: number, y: number) => tokenText(sentence, x, y);
  if (toks[right + 1]?.pos === 'ADP' && toks[right + 1]!.norm !== 'than') {
    let o = right + 2;
    while (o < toks.length && o - right <= 4 && (toks[o]!.pos === 'DET' || toks[o]!.pos === 'ADJ')) o++;
    // not a span of time ("14 sources for months"): that says when, not what
    if (toks[o]?.pos === 'NOUN' && !UPPER.test(toks[o]!.raw) && !DURATION_WORD.test(toks[o]!.norm)) {
      while (o + 1 < toks.length && o - right < 5 && toks[o + 1]!.pos === 'NOUN' && !UPPER.test(toks[o + 1]!.raw)) o++;
      return slice(a, o);
    }
  }
  // the verb before them, past a short phrase of manner ("talked by radio 20 times")
  for (let v = a - 1; v >= Math.max(0, a - 4); v--) {
    const t = toks[v]!;
    if (t.pos === 'VERB' && !UPPER.test(t.raw) && !(v >= 1 && toks[v - 1]!.end === t.start)) return slice(v, right);
    if (t.pos !== 'ADP' && t.pos !== 'DET' && t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
  }
  return slice(a, right);
}

/** Parts of speech that lead into more words, never end a name. */
const LEADING = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON']);

/** Adverbs of degree that may stand before a number's modifier ("three most senior advisers"). */
const DEGREE = new Set(['most', 'more', 'least', 'less', 'very']);

/** An "-ly" adverb before a modifier: "seven largely Muslim countries", "three heavily armed men". */
function degreeAdverb(t: Token | undefined, next: Token | undefined): boolean {
  return t?.pos === 'ADV' && /ly$/u.test(t.norm) && (isModifier(next) || next?.pos === 'VERB');
}

/** A capitalised plural noun of people ("Americans", "Democrats") that a number may count. */
function isPeople(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN') && /^\p{Lu}\p{Ll}+s$/u.test(t.raw);
}

/** A lower-case content word that does not look like a verb or adverb ("deficit", not "aimed"). */
function isNounish(t: Token): boolean {
  if (!t.content || !WORDISH.test(t.raw) || UPPER.test(t.raw) || NOT_HEADS.has(t.norm)) return false;
  if (t.pos) return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN';
  return !/(?:ed|ing|ly)$/u.test(t.norm);
}

/**
 * What a number counts, for telling two tellings of one figure apart: the lemma of the first noun after it
 * ("200 migrants"), else of the nearest noun before it in the clause ("tariffs reaching 145 percent"); '' when
 * none is near. Two figures with different heads describe different things ("200 demonstrators").
 */
export function numberHead(sentence: Sentence, start: number, end: number): string {
  const toks = sentence.tokens;
  const noun = (t: Token | undefined) => t !== undefined && t.content && (t.pos === 'NOUN' || (!t.pos && isNounish(t)));
  let k = 0;
  while (k < toks.length && toks[k]!.start < end) k++;
  // the last noun of the run right after the number: "$295 billion trade deficit" counts a deficit
  let head = '';
  for (let j = k; j < Math.min(toks.length, k + 4); j++) {
    const t = toks[j]!;
    if (t.raw === '-') continue;
    if (noun(t) || isPeople(t)) head = t.lemma ?? t.norm;
    else if (head || !WORDISH.test(t.raw) || (t.pos !== 'ADJ' && t.pos !== 'NUM')) break;
  }
  if (head) return head;
  let b = k - 1;
  while (b >= 0 && toks[b]!.end > start) b--;
  for (let j = b; j >= Math.max(0, b - 4); j--) {
    const t = toks[j]!;
    if (!WORDISH.test(t.raw) && !/^[$€£%-]$/u.test(t.raw)) break;
    if (noun(t)) return t.lemma ?? t.norm;
  }
  return '';
}

/** What may stand between a sum and the same sum in another currency: "5 billion euros ($6 billion)". */
const CONVERSION = /^\s*[([]\s*(?:(?:about|around|roughly|some|nearly|almost|or)\s+)?$/u;
/** How far a sum converted at the story's own rate may be from another outlet's figure, as a share: both are rounded. */
const CONVERTED_SLACK = 0.06;

/**
 * A sum one outlet gives in euros and another in dollars is one figure when the story itself says how much one
 * currency is worth in the other: wire copy gives the conversion ("5 billion euros ($6 billion)"), and at that
 * rate "1.5 billion euros" is "about $1.8 billion" elsewhere. Rates come only from the articles, never from a table:
 * they change from day to day. The tellings of such a pair of keys become one list.
 */
function sameSumInOtherCurrency(tellings: Map<string, { s: PreparedSentence; q: Quantity; head: string }[]>): void {
  // the rates the articles give, by "from to" currency
  const rates = new Map<string, number>();
  for (const list of tellings.values()) {
    for (const { s, q } of list) {
      if (q.kind !== 'money' || !q.value) continue;
      const next = s.quantities[s.quantities.indexOf(q) + 1];
      if (!next || next.kind !== 'money' || next.unit === q.unit || !next.value) continue;
      if (!CONVERSION.test(s.sentence.text.slice(q.end - s.sentence.start, next.start - s.sentence.start))) continue;
      rates.set(`${q.unit} ${next.unit}`, next.value / q.value);
      rates.set(`${next.unit} ${q.unit}`, q.value / next.value);
    }
  }
  if (!rates.size) return;
  const money = [...tellings].filter(([, list]) => list[0]!.q.kind === 'money');
  for (const [key, list] of money) {
    if (!tellings.has(key)) continue;
    const q = list[0]!.q;
    for (const [other, others] of money) {
      const o = others[0]!.q;
      const rate = rates.get(`${q.unit} ${o.unit}`);
      if (other === key || rate === undefined || !tellings.has(other)) continue;
      const converted = q.value * rate;
      if (Math.abs(converted - o.value) > CONVERTED_SLACK * Math.max(converted, o.value)) continue;
      list.push(...others);
      tellings.delete(other);
    }
  }
}

/** Number facts of every article: one per figure (dates by day), named by the phrase its tellings share. */
export function numberFacts(table: FactTable, alignment: AlignmentResult): void {
  const { prepared, groupOf } = alignment;
  // every telling of a figure with what it counts; tellings that count different things are different facts
  const tellings = new Map<string, { s: PreparedSentence; q: Quantity; head: string }[]>();
  for (const article of prepared) {
    for (const s of article) {
      for (const q of s.quantities) {
        if (!factQuantity(q) || inTitle(s.sentence, q) || opensName(s.sentence, q) || inComparison(s.sentence, q)) continue;
        const key = q.kind === 'date' ? `date:${q.date!.month}-${q.date!.day}` : q.key;
        // counts name what they count ("200 migrants", "200 demonstrators"); amounts, rates and spans are told
        // with many different nouns around them ("$150 billion program", "demanded $150 billion")
        // a specific count ("293,000", "344,750") is the same figure whatever noun each outlet counts it by
        const head = q.kind === 'count' && !specific(q) ? numberHead(s.sentence, q.start, q.end) : '';
        const list = tellings.get(key);
        if (list) list.push({ s, q, head });
        else tellings.set(key, [{ s, q, head }]);
      }
    }
  }
  sameSumInOtherCurrency(tellings);
  const occurrences = new Map<ReturnType<FactTable['carry']>, { s: PreparedSentence; q: Quantity }[]>();
  for (const [key, list] of tellings) {
    // tellings are one fact when they count the same thing (heads of one concept: "call", "conversation") or
    // stand in aligned sentences; a telling without a head goes with the most common one
    const parent = list.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    // the head a set of joined tellings counts ('' for none yet): aligned sentences never join two heads
    const headOf = list.map((t) => (t.head ? featureOfWord(t.head) : ''));
    const join = (i: number, j: number, sameHead = false) => {
      const a = root(i);
      const b = root(j);
      if (a === b || (!sameHead && headOf[a] && headOf[b] && headOf[a] !== headOf[b])) return;
      parent[a] = b;
      headOf[b] ||= headOf[a]!;
    };
    const firstOf = new Map<string, number>();
    list.forEach((t, i) => {
      if (!t.head) return;
      const k = `h:${headOf[i]}`;
      const j = firstOf.get(k);
      if (j === undefined) firstOf.set(k, i);
      else join(i, j);
    });
    // heads that name one thing count the same ("five sites", "five locations")
    const heads = [...firstOf.values()];
    for (let x = 0; x < heads.length && heads.length <= MAX_HEADS; x++) {
      for (let y = x + 1; y < heads.length; y++) if (sameNoun(list[heads[x]!]!.head, list[heads[y]!]!.head)) join(heads[x]!, heads[y]!, true);
    }
    const inGroup = new Map<number, number[]>();
    list.forEach((t, i) => {
      const g = groupOf[t.s.article]![t.s.sentence.index]!;
      const members = inGroup.get(g);
      if (members) {
        // "four pillars" and "apart from four other visits" in aligned sentences stay two facts
        for (const j of members) join(i, j);
        members.push(i);
      } else inGroup.set(g, [i]);
    });
    const size = new Map<number, number>();
    list.forEach((t, i) => t.head && size.set(root(i), (size.get(root(i)) ?? 0) + 1));
    const common = [...size].sort((a, b) => b[1] - a[1])[0]?.[0];
    list.forEach(({ s, q, head }, i) => {
      // a telling with no head word, in a group no headed telling shares, goes with the most common head
      const r = size.has(root(i)) ? root(i) : (common ?? -1);
      const d = table.carry(`n:${key}|${r}`, 'number', s, () => '');
      d.quantity ??= q;
      if (head) d.head ??= head;
      const seen = occurrences.get(d);
      if (!seen) occurrences.set(d, [{ s, q }]);
      else if (seen.length < PHRASE_CANDIDATES) seen.push({ s, q });
    });
  }
  for (const [d, list] of occurrences) {
    const perGroup = new Map<number, number>();
    for (const { s } of list) {
      const g = groupOf[s.article]![s.sentence.index]!;
      perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    }
    // the phrase whose words the other tellings share wins: "U.S. goods to 10%" over a stray "10% rates"
    const phrases = list.map(({ s, q }) => ({ s, phrase: phraseAround(s.sentence, q.start, q.end) }));
    const words = phrases.map(({ phrase }) => new Set(phrase.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
    let best = -Infinity;
    phrases.forEach(({ s, phrase }, k) => {
      let agree = 0;
      words.forEach((other, j) => j !== k && [...words[k]!].some((w) => other.has(w)) && agree++);
      // a body sentence names it better than a title-case headline
      const score = 50 * perGroup.get(groupOf[s.article]![s.sentence.index]!)! + 20 * agree + (phrase.tight ? 30 : 0) - (s.sentence.heading ? 40 : 0) - (phrase.core ?? phrase.text.length);
      if (score > best) {
        best = score;
        d.fact.text = phrase.text;
      }
    });
  }
}
