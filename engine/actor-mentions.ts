/** Mention finding: capitalised runs of each sentence split into descriptor, country and name core. */
import {
  COUNTRY_BY_KEY,
  DEMONYM_BY_KEY,
  ORG_BY_KEY,
  POSSESSIVE,
  isAllCaps,
  isGivenName,
  isKnownAcronym,
  isKnownName,
  isLabelWord,
  isNameToken,
  isOpening,
  key,
  type Country,
  type Mention,
} from './actor-names';
import {
  CALENDAR_WORDS,
  FEMALE_WORDS,
  HONORIFICS,
  MALE_WORDS,
  NAME_PARTICLES,
  NON_NAME_OPENERS,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  REGIONAL_ADJECTIVES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from './lexicon/gazetteer';
import { NOT_APPOSITIVE_HEADS, PERSON_NOUNS } from './lexicon/roles';
import { PERSON_VERBS } from './lexicon/speech';
import { STOP_WORDS } from './lexicon/stop-words';
import { hasLower, isWordLike, startsLower, startsUpper, type Span } from './text';
import type { ActorKind, Pos, Sentence, Token } from './types';

const MAX_COUNTRY_WORDS = 5;
/** Generation suffixes written after a name ("Jr.", "III"). */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'on', ...NAME_PARTICLES]);
const POSSESSIVE_NORM = /'s?$/u;

/** Whether a norm ends in a possessive (POSSESSIVE_NORM), read off its last characters: asked of every token. */
function possessive(norm: string): boolean {
  const last = norm.charCodeAt(norm.length - 1);
  return last === 39 || (last === 115 && norm.charCodeAt(norm.length - 2) === 39);
}

/** A norm without its possessive ending. */
function withoutPossessive(norm: string): string {
  return possessive(norm) ? norm.replace(POSSESSIVE_NORM, '') : norm;
}
const POSSESSIVE_TOKEN = /['’]s$/u;
/** "then-President", "ex-Treasury Secretary": prefixes joined to a descriptor by a hyphen. */
const HYPHEN_PREFIXES = new Set(['then', 'ex', 'former', 'now']);

/** What the whole article says about its capitalised words, read before any mention is found. */
export interface OpenerWords {
  /** Sentence openers also written in lower case: a common word. */
  lowerWords: Set<string>;
  /** Sentence openers also written capitalised inside a sentence: a name. */
  inner: Set<string>;
  /** Month and day names the article uses as a name after a first name or a title ("Theresa May"). */
  calendarNames: Set<string>;
  /** Capitalised words the article writes on their own, away from any hyphen ("Abe" besides "Trump-Abe"). */
  standalone: Set<string>;
  /** Words of names written with two capitalised words or more ("Kim" of "Kim Jong-un"): names even opening a sentence. */
  nameWords: Set<string>;
  /** Words the body writes capitalised inside a sentence: in a title-case headline only these can be names. */
  bodyCapitalised: Set<string>;
}

/** Does the article also write its sentence-opening capitalised words in lower case, or mid-sentence? */
export function openerWords(sentences: readonly Sentence[]): OpenerWords {
  const openers = new Set<string>();
  const calendarNames = new Set<string>();
  const standalone = new Set<string>();
  const nameWords = new Set<string>();
  const bodyCapitalised = new Set<string>();
  // one pass over the capitalised words for the openers and what needs no openers
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!startsUpper(t.raw)) continue;
      const norm = withoutPossessive(t.norm);
      const opening = i === 0 || isOpening(tokens[i - 1]!);
      if (opening) openers.add(norm);
      if (CALENDAR_WORDS.has(norm) && !WEEKDAYS.has(norm) && i > 0 && namesBefore(tokens[i - 1]!)) calendarNames.add(norm);
      if (tokens[i - 1]?.raw !== '-' && tokens[i + 1]?.raw !== '-') standalone.add(norm);
      if (!s.heading && !opening) bodyCapitalised.add(norm);
      const next = tokens[i + 1];
      if (!s.heading && next && next.start - t.end <= 1 && startsUpper(next.raw) && isNameToken(t) && isNameToken(next) && !STOP_WORDS.has(t.norm) && !NON_NAME_OPENERS.has(norm) && !isLabelWord(norm) && !HONORIFICS.has(t.norm)) {
        nameWords.add(norm);
        nameWords.add(withoutPossessive(next.norm));
      }
    }
  }
  const lowerWords = new Set<string>();
  const inner = new Set<string>();
  for (const s of sentences) {
    if (s.heading) continue;
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!openers.has(t.norm)) continue;
      if (startsLower(t.raw)) lowerWords.add(t.norm);
      else if (i > 0 && !isOpening(tokens[i - 1]!)) inner.add(t.norm);
    }
  }
  return { lowerWords, inner, calendarNames, standalone, nameWords, bodyCapitalised };
}

/** A token after which a month or weekday name is a surname: a first name, an honorific or a title. */
function namesBefore(t: Token): boolean {
  if (HONORIFICS.has(t.norm) || TITLE_HEADS.has(t.norm)) return true;
  return startsUpper(t.raw) && !CALENDAR_WORDS.has(t.norm) && !STOP_WORDS.has(t.norm) && !NON_NAME_OPENERS.has(t.norm) && !isLabelWord(t.norm) && !isKnownName(t);
}

/** Parts of speech of function words: capitalised first in a run ("Whatever Trump says"), they are not a name's first word. */
const FUNCTION_POS: ReadonlySet<Pos> = new Set<Pos>(['DET', 'PRON', 'SCONJ', 'CCONJ', 'ADP', 'PART', 'INTJ']);

/** A capitalised function word ("Whatever", "Each", "Neither"), as wink-nlp tags it, that no gazetteer knows as a name. */
function isFunctionWord(t: Token): boolean {
  return t.pos !== undefined && FUNCTION_POS.has(t.pos) && !isKnownName(t) && !NAME_PARTICLES.has(t.norm);
}

/** Words before a month name that make it a date ("in May", "last May", "since May"). */
const DATE_BEFORE = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'of', 'last', 'next', 'this', 'that', 'early', 'late', 'mid', 'before', 'after', 'between']);
const DIGITS = /^\d/u;
/** Prepositions of place: a name right after one is where someone speaks, not who. */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at', 'near', 'inside', 'outside']);
/** A middle initial: "R." of "John R. Bolton". */
const INITIAL = /^\p{Lu}\.$/u;

/** A word that may stand in a name: capitalised and not "I"; a month or weekday only where the article uses it as a name. */
function nameToken(tokens: readonly Token[], i: number, words: OpenerWords, heading = false): boolean {
  const t = tokens[i]!;
  // "Trump Hates The Iran Deal": in a headline, a capitalised word is a name only where the body writes it so.
  if (heading && isNameToken(t) && !words.bodyCapitalised.has(withoutPossessive(t.norm)) && !isKnownName(t) && !HONORIFICS.has(t.norm) && !TITLE_HEADS.has(t.norm)) return false;
  if (isNameToken(t)) return true;
  if (!startsUpper(t.raw) || !CALENDAR_WORDS.has(t.norm) || !words.calendarNames.has(t.norm)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (after && DIGITS.test(after.raw)) return false;
  if (before && DATE_BEFORE.has(before.norm)) return false;
  return !before || namesBefore(before) || !isWordLike(before.raw) || !CALENDAR_WORDS.has(before.norm);
}

/** Every name mention of a sentence, appended to `out`. */
export function collectMentions(text: string, s: Sentence, words: OpenerWords, out: Mention[]): void {
  const { lowerWords, inner, calendarNames, nameWords } = words;
  const common = (norm: string) => !calendarNames.has(norm) && (STOP_WORDS.has(norm) || NON_NAME_OPENERS.has(norm) || lowerWords.has(norm));
  const tokens = s.tokens.some((t) => possessive(t.norm))
    ? s.tokens.map((t) => (possessive(t.norm) ? { ...t, norm: t.norm.replace(POSSESSIVE_NORM, '') } : t))
    : s.tokens;
  const shouting = shoutingTokens(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!nameToken(tokens, i, words, s.heading) || shouting.has(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!POSSESSIVE_TOKEN.test(t.raw)) {
      while (j < tokens.length) {
        const n = tokens[j]!;
        if (nameToken(tokens, j, words, s.heading) && !shouting.has(j) && n.start - tokens[j - 1]!.end <= 1) {
          j++;
          if (POSSESSIVE_TOKEN.test(n.raw)) break;
        } else if (n.raw === '-' && isHyphenatedName(tokens, j, words)) {
          j += 2;
        } else if (CONNECTORS.has(n.norm)) {
          const end = connectedRun(tokens, j, shouting, i);
          if (end < 0) break;
          j = end;
        } else break;
      }
    }
    if (j - i === 1 && STOP_WORDS.has(t.norm) && !isKnownName(t) && !calendarNames.has(t.norm)) {
      i = j;
      continue;
    }
    let start = i;
    // "'Whatever Trump says goes'": a function word opening the run, wherever it stands, is not part of the name.
    while (start < j && isFunctionWord(tokens[start]!)) start++;
    // "Donald Trump, Jr.": a generation suffix set off by a comma is no name of its own; nor is a word numbered
    // by the figure after it ("Number 10", "Article 5").
    const numbered = j < tokens.length && DIGITS.test(tokens[j]!.raw) && tokens[j]!.start - tokens[j - 1]!.end <= 1;
    if (start === j || (j - start === 1 && (NAME_SUFFIXES.has(tokens[start]!.norm) || numbered))) {
      i = j;
      continue;
    }
    const sentenceStart = i === 0 || isOpening(tokens[i - 1]!);
    // "Quell, the harbour master, said": a proper noun opening a sentence with an appositive after it is a name.
    const named = inner.has(t.norm) || nameWords.has(t.norm) || (t.pos === 'PROPN' && appositiveRole(tokens, i, j) !== undefined);
    if (sentenceStart && j - i === 1 && !isKnownName(t) && (common(t.norm) || !named)) {
      i = j;
      continue;
    }
    // "Calling Lena Ortiz a liar, …", "Praising Vantor's …": a participle opening the sentence is no part of a name
    // (not where a verb follows the run, which is then its subject: "Manning Lee said")
    const subject = tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX';
    const participle = t.pos === 'VERB' && t.norm.endsWith('ing') && !inner.has(t.norm) && !isGivenName(t) && !subject;
    if (sentenceStart && start === i && (common(t.norm) || participle) && !isKnownName(t)) start++;
    splitRun(text, s, tokens, start, j, out);
    i = j;
  }
}

/**
 * "Ing-wen", "Jong-un", "Jean-Pierre": a hyphen inside a name; not between two places ("U.S.-China") nor two
 * names the article also writes on their own ("Trump-Abe" summit: two actors).
 */
function isHyphenatedName(tokens: readonly Token[], dash: number, words: OpenerWords): boolean {
  const before = tokens[dash - 1];
  const after = tokens[dash + 1];
  if (!before || !after || before.end !== tokens[dash]!.start || tokens[dash]!.end !== after.start) return false;
  if (!isWordLike(after.raw) || isKnownName(before) || HYPHEN_PREFIXES.has(before.norm)) return false;
  // A lower-case syllable ("un" in "Jong-un") is not the acronym UN.
  if (startsUpper(after.raw) && isKnownName(after)) return false;
  if (startsUpper(after.raw) && words.standalone.has(before.norm) && words.standalone.has(after.norm)) return false;
  return startsUpper(after.raw) || (after.norm.length <= 4 && startsUpper(before.raw));
}

/** How far back before "and" a country's or organisation's name is looked for (a bound keeps long runs linear). */
const KNOWN_NAME_LOOK = 6;

/** Whether a token in [from, to) is a known country, demonym or organisation name. */
function knownNameIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (isKnownName(tokens[x]!)) return true;
  return false;
}

/**
 * Where a name continues past a connector ("Secretary of State", "Food and Drug Administration",
 * "Commission on the Supreme Court"), or -1 when the connector ends it ("Trump and Xi").
 */
function connectedRun(tokens: readonly Token[], at: number, shouting: ReadonlySet<number>, runStart: number): number {
  const before = tokens[at - 1]!.norm;
  const connector = tokens[at]!.norm;
  // "Peru and the Andean Development Bank", "Mr. Ortiz and Harbor Council members": a whole name before "and" is a name of its own
  if (connector === 'and' && (tokens[at + 1]?.norm === 'the' || HONORIFICS.has(tokens[runStart]!.norm) || knownNameIn(tokens, Math.max(runStart, at - KNOWN_NAME_LOOK), at))) return -1;
  let k = at + 1;
  if (tokens[k]?.norm === 'the') k++;
  // "Ursula von der Leyen", "Alex van der Zwaan": particles may follow one another.
  if (NAME_PARTICLES.has(connector)) while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.norm) && startsLower(tokens[k]!.raw)) k++;
  const from = k;
  while (k < tokens.length && isNameToken(tokens[k]!) && !shouting.has(k)) k++;
  if (k === from) return -1;
  // "Mohammed bin Salman", "Charles de Gaulle": a particle between two name words keeps the name whole.
  if (NAME_PARTICLES.has(connector) && !isLabelWord(before) && !isKnownName(tokens[at - 1]!)) return k;
  if (connector === 'of' && TITLE_HEADS.has(before) && before !== 'president') return k;
  const orgBefore = ORGANISATION_WORDS.has(before);
  let orgAfter = false;
  for (let x = from; x < k; x++) if (ORGANISATION_WORDS.has(tokens[x]!.norm)) orgAfter = true;
  // an ampersand joins parts of one name ("Center for Strategic & International Studies", "Procter & Gamble")
  if (connector === '&') return k;
  if (connector === 'and') return orgAfter ? k : -1;
  return orgBefore ? k : -1;
}

/** Tokens in runs of all-caps words (shouting), which are not names even when capitalised. */
function shoutingTokens(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  // shouting takes two words in capitals side by side: a sentence without them needs no look-up of names (nor lists
  // of its words, made only past this first look)
  let pair = false;
  let previous = false;
  for (let i = 0; i < tokens.length && !pair; i++) {
    if (!isWordLike(tokens[i]!.raw)) continue;
    const caps = isAllCaps(tokens[i]!);
    pair = previous && caps;
    previous = caps;
  }
  if (!pair) return out;
  const words: number[] = [];
  tokens.forEach((t, i) => {
    if (isWordLike(t.raw)) words.push(i);
  });
  const caps = words.map((i) => isAllCaps(tokens[i]!));
  // two words that name a known organisation together ("USA TODAY") are its name, not shouting (a pair without a
  // word in capitals is not looked up: only such words are asked about below)
  const known = new Set<number>();
  for (let w = 0; w + 1 < words.length; w++) {
    if (!caps[w] && !caps[w + 1]) continue;
    if (ORG_BY_KEY.has(key(`${tokens[words[w]!]!.raw} ${tokens[words[w + 1]!]!.raw}`))) known.add(w).add(w + 1);
  }
  const loud = (w: number) => w >= 0 && w < words.length && !known.has(w) && caps[w]! && !isKnownAcronym(tokens[words[w]!]!);
  for (let w = 0; w < words.length; w++) {
    const i = words[w]!;
    if (!known.has(w) && caps[w]! && (loud(w - 1) || loud(w + 1))) out.add(i);
  }
  return out;
}

/** Split a capitalised run into descriptor, countries and name core, and record the mentions. */
function splitRun(text: string, s: Sentence, tokens: readonly Token[], from: number, to: number, out: Mention[]): void {
  // headBefore[k - from]: a title head stands among the label words from k on, before the run's last word
  // (computed once from the right, so a run of thousands of label words stays linear).
  const headBefore = new Array<boolean>(to - from + 1).fill(false);
  for (let k = to - 2; k >= from; k--) {
    const n = tokens[k]!.norm;
    headBefore[k - from] = TITLE_HEADS.has(n) || (isLabelWord(n) && headBefore[k + 1 - from]!);
  }
  const hasHeadBeforeCore = (k: number) => k < to && headBefore[k - from]!;
  let i = from;
  // A known organisation whose name opens with a country's ("USA Today") is that organisation.
  if (to - from > 1 && ORG_BY_KEY.has(key(text.slice(tokens[from]!.start, tokens[to - 1]!.end)))) {
    out.push(mention(text, s, tokens, from, to, { kind: 'organisation', evidence: true }));
    return;
  }
  while (i < to) {
    // Countries written as one of their names, possibly several words ("United States", "North Korea").
    let matched = false;
    for (let len = Math.min(MAX_COUNTRY_WORDS, to - i); len >= 1; len--) {
      const span = text.slice(tokens[i]!.start, tokens[i + len - 1]!.end);
      const k = key(span);
      const country = COUNTRY_BY_KEY.get(k) ?? DEMONYM_BY_KEY.get(k);
      if (!country) continue;
      // "Washington state", "Georgia State": a name followed by "state" is a state of that name, not the country
      if (tokens[i + len]?.norm === 'state') break;
      const rest = to - (i + len);
      const nextIsHead = rest > 0 && (TITLE_HEADS.has(tokens[i + len]!.norm) || TITLE_MODIFIERS.has(tokens[i + len]!.norm));
      if (nextIsHead && hasHeadBeforeCore(i + len)) break;
      const nextIsOrg = rest > 0 && ORGANISATION_WORDS.has(tokens[to - 1]!.norm) && !hasHeadBeforeCore(i + len);
      if (nextIsOrg) break;
      out.push(mention(text, s, tokens, i, i + len, { kind: 'country', country, evidence: true }));
      i += len;
      matched = true;
      break;
    }
    if (matched) continue;

    const runText = text.slice(tokens[i]!.start, tokens[to - 1]!.end);
    let head = -1;
    for (let k = i; k < to - 1; k++) if (TITLE_HEADS.has(tokens[k]!.norm)) head = k;
    let lastOrg = -1;
    for (let k = i; k < to; k++) if (ORGANISATION_WORDS.has(tokens[k]!.norm)) lastOrg = k;
    // "Google Cloud", "Apple Music": a run that opens with a known organisation's one-word name, with no
    // title in it, is a part or an edition of that organisation
    const knownFirst = to - i > 1 && head < 0 && ORG_BY_KEY.has(key(tokens[i]!.raw)) && !isAllCaps(tokens[i]!);
    if (lastOrg > head || ORG_BY_KEY.has(key(runText)) || knownFirst || (to - i === 1 && isAllCaps(tokens[i]!))) {
      out.push(mention(text, s, tokens, i, to, { kind: 'organisation', evidence: true }));
      return;
    }
    // "Trump Tower", "Lincoln Memorial": a place named after a person is not that person.
    if (head < 0 && to - i > 1 && PLACE_WORDS.has(tokens[to - 1]!.norm)) {
      out.push(mention(text, s, tokens, i, to, { kind: 'other', evidence: true }));
      return;
    }
    let coreStart = i;
    if (head >= 0) {
      coreStart = head + 1;
      while (coreStart < to - 1 && isLabelWord(tokens[coreStart]!.norm)) coreStart++;
    } else {
      while (to - coreStart > 2 && isLabelWord(tokens[coreStart]!.norm)) coreStart++;
    }
    while (coreStart < to - 1 && HONORIFICS.has(tokens[coreStart]!.norm)) coreStart++;
    if (coreStart >= to || HONORIFICS.has(tokens[coreStart]!.norm)) return;
    if (labelOnly(tokens, coreStart, to - 1)) return;

    // "European allies", "Muslim countries": one word of a region or a faith before a lower-case word describes it
    if (to - coreStart === 1 && REGIONAL_ADJECTIVES.has(tokens[coreStart]!.norm) && /^\p{Ll}/u.test(tokens[to]?.raw ?? '')) return;
    const label = descriptor(tokens, head >= 0 ? i : coreStart, coreStart);
    const honorific = coreStart > 0 && HONORIFICS.has(tokens[coreStart - 1]!.norm) ? tokens[coreStart - 1]!.norm : undefined;
    // "the North agreed", "the Pentagon said": a word after "the" that speaks is a place or a body, not a person;
    // "the ministry in Vantor said": nor is a name after a preposition of place.
    const before = coreStart === i && i > 0 ? tokens[i - 1]!.norm : '';
    const notSpeaker = (before === 'the' && to - coreStart === 1) || PLACE_PREPOSITIONS.has(before);
    const speaks = to < tokens.length && PERSON_VERBS.has(tokens[to]!.norm) && !notSpeaker;
    const role = appositiveRole(tokens, from, to) ?? roleBefore(tokens, from, to);
    const given = givenNameFirst(tokens, coreStart, to);
    // "steel producer Tarrow, which supplies …": what "which" refers to is no person; with a role before it, it is
    // a firm or a body
    const thing = (tokens[to]?.raw === ',' ? tokens[to + 1] : tokens[to])?.norm === 'which';
    const person = !!label || !!honorific || speaks || !!role || given;
    const m = mention(text, s, tokens, coreStart, to, {
      kind: thing ? (label || role ? 'organisation' : undefined) : person ? 'person' : undefined,
      evidence: thing ? !!(label || role) : person,
    });
    if (label) {
      m.label = label;
      m.heads = labelHeads(tokens, label);
    }
    if (role?.length) m.heads = [...(m.heads ?? []), ...role];
    const gender = genderOf([honorific, ...(m.heads ?? [])]);
    if (gender) m.gender = gender;
    out.push(m);
    return;
  }
}

/** Nouns that head an appositive naming a person ("…, the defense minister,"): titles and nouns for people. */
const APPOSITIVE_HEADS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...[...PERSON_NOUNS].filter((w) => !NOT_APPOSITIVE_HEADS.has(w))]);
/** Words that open an appositive noun phrase after a name's comma. */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
/** Words that end an appositive's noun phrase: its head stands just before ("the director of …", "an aide who …"). */
const APPOSITIVE_ENDS = new Set(['of', 'at', 'for', 'in', 'on', 'to', 'from', 'with', 'and', 'or', 'but', 'who', 'whose', 'whom', 'which', 'that', 'since', 'under', 'during']);
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that']);
/** Punctuation that closes an appositive. */
const APPOSITIVE_CLOSERS = new Set([',', '.', ';', ':', '—', '–', ')', '"', '”', '!', '?']);
/** Longest appositive noun phrase, and longest appositive with what follows its head, in tokens. */
const MAX_APPOSITIVE_NP = 9;
const MAX_APPOSITIVE = 30;

/**
 * "Lena Ostrova, the Latvian foreign minister, said": a name followed by a comma and a noun phrase headed by
 * a title or a noun for a person, closed by punctuation before any verb outside a relative clause, names a person.
 * A noun phrase of another head counts when a speech verb follows its closing comma ("Mara Quell, the harbour
 * master, said"). Returns the title heads it gives (none for the latter), or undefined. Not after a sentence's
 * opening preposition ("In Washington, the president said" is no appositive).
 */
function appositiveRole(tokens: readonly Token[], from: number, to: number): string[] | undefined {
  if (tokens[to]?.raw !== ',') return undefined;
  if (from > 0 && tokens[from - 1]!.pos === 'ADP' && (from === 1 || isOpening(tokens[from - 2]!) || tokens[from - 2]!.raw === ',')) return undefined;
  const first = tokens[to + 1];
  if (!first) return undefined;
  const opens = APPOSITIVE_OPENERS.has(first.norm) || (POSSESSIVE_TOKEN.test(first.raw) && startsUpper(first.raw)) || (startsLower(first.raw) && isLabelWord(first.norm));
  if (!opens) return undefined;
  let k = to + 1;
  while (k < tokens.length && k - to <= MAX_APPOSITIVE_NP && isWordLike(tokens[k]!.raw) && !APPOSITIVE_ENDS.has(tokens[k]!.norm) && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') k++;
  if (k === to + 1 || k - to > MAX_APPOSITIVE_NP) return undefined;
  const head = tokens[k - 1]!.norm;
  let relative = false;
  let close = k;
  for (; close < tokens.length && close - to <= MAX_APPOSITIVE; close++) {
    const t = tokens[close]!;
    if (APPOSITIVE_CLOSERS.has(t.raw)) break;
    if (RELATIVES.has(t.norm)) relative = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) return undefined;
  }
  if (close - to > MAX_APPOSITIVE) return undefined;
  if (APPOSITIVE_HEADS.has(head)) return TITLE_HEADS.has(head) ? [head] : [];
  const after = tokens[close + 1];
  return tokens[close]?.raw === ',' && after && PERSON_VERBS.has(after.norm) ? [] : undefined;
}

/**
 * "the port's new harbour adviser, Tomas Brandt, has": a name set off by commas right after a lower-case
 * title or noun for a person names that person. Returns the title heads it gives, or undefined.
 */
function roleBefore(tokens: readonly Token[], from: number, to: number): string[] | undefined {
  if (from < 2 || tokens[from - 1]!.raw !== ',') return undefined;
  const role = tokens[from - 2]!;
  if (!startsLower(role.raw) || !APPOSITIVE_HEADS.has(role.norm)) return undefined;
  const after = tokens[to];
  if (after && !APPOSITIVE_CLOSERS.has(after.raw)) return undefined;
  return TITLE_HEADS.has(role.norm) ? [role.norm] : [];
}

/**
 * "Hillary Clinton", "John R. Bolton": a name of two or three words (and middle initials) opening with a common
 * given name, each further word capitalised and not the gazetteer's nor a title word, names a person.
 */
function givenNameFirst(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || !isGivenName(tokens[from]!)) return false;
  let words = 1;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (INITIAL.test(t.raw) && k < to - 1) continue;
    if (!startsUpper(t.raw) || !hasLower(t.raw) || isKnownName(t) || isLabelWord(t.norm) || ++words > 3) return false;
  }
  return true;
}

/** The title heads among a descriptor's words ("former Secretary of State" → secretary). */
function labelHeads(tokens: readonly Token[], label: Span): string[] {
  const heads: string[] = [];
  for (const t of tokens) if (t.start >= label.start && t.end <= label.end && TITLE_HEADS.has(t.norm)) heads.push(t.norm);
  return heads;
}

/** Gender an honorific or a title says ("Mrs.", "first lady", "chairman"), if any says one and none disagrees. */
export function genderOf(words: readonly (string | undefined)[]): 'female' | 'male' | undefined {
  let out: 'female' | 'male' | undefined;
  for (const w of words) {
    if (!w) continue;
    const g = FEMALE_WORDS.has(w) ? 'female' : MALE_WORDS.has(w) ? 'male' : undefined;
    if (!g) continue;
    if (out && out !== g) return undefined;
    out = g;
  }
  return out;
}

function labelOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!isLabelWord(tokens[k]!.norm)) return false;
  return true;
}

/** The descriptor ending just before the name: capitalised title words in the run plus words before it. */
function descriptor(tokens: readonly Token[], runStart: number, coreStart: number): Span | undefined {
  let start = runStart;
  let k = runStart - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.raw === '-' && k > 0 && HYPHEN_PREFIXES.has(tokens[k - 1]!.norm)) {
      start = k - 1;
      k -= 2;
      continue;
    }
    if (t.end !== tokens[k + 1]!.start && tokens[k + 1]!.start - t.end > 1) break;
    // Two-word demonyms and countries ("North Korean leader", "South Korea's president").
    const pair = k > 0 && t.start - tokens[k - 1]!.end <= 1 ? key(`${tokens[k - 1]!.raw} ${t.raw}`) : '';
    if (pair && (DEMONYM_BY_KEY.has(pair) || COUNTRY_BY_KEY.has(pair))) {
      start = k - 1;
      k -= 2;
      continue;
    }
    if (!isLabelWord(t.norm) || STOP_WORDS.has(t.norm) || t.norm === 'of' || t.norm === 'the') break;
    start = k;
    k--;
  }
  let hasHead = false;
  for (let h = start; h < coreStart; h++) {
    const n = tokens[h]!.norm;
    if (TITLE_HEADS.has(n) && n !== 'vice' && n !== 'deputy' && n !== 'majority' && n !== 'minority') hasHead = true;
  }
  if (!hasHead) return undefined;
  while (start < coreStart && HONORIFICS.has(tokens[start]!.norm)) start++;
  // a verb capitalised at the start of a sentence is no part of the label ("Welcoming Harbour Minister …")
  while (start < coreStart && tokens[start]!.pos === 'VERB' && !isLabelWord(tokens[start]!.norm)) start++;
  let end = coreStart - 1;
  while (end >= start && HONORIFICS.has(tokens[end]!.norm)) end--;
  if (end < start) return undefined;
  return { start: tokens[start]!.start, end: tokens[end]!.end };
}

function mention(
  text: string,
  s: Sentence,
  tokens: readonly Token[],
  from: number,
  to: number,
  extra: { kind?: ActorKind | undefined; country?: Country; evidence: boolean },
): Mention {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  let end = last.end;
  const possessive = POSSESSIVE.exec(last.raw);
  if (possessive && last.raw.length > possessive[0].length) end -= possessive[0].length;
  const written = text.slice(first.start, end);
  // a loop: slice, map and filter made three arrays for the one kept
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const word = key(tokens[k]!.raw);
    if (word) words.push(word);
  }
  const m: Mention = {
    start: first.start,
    end,
    text: written,
    sentence: s.index,
    words,
    evidence: extra.evidence,
    heading: s.heading,
  };
  if (extra.kind) m.kind = extra.kind;
  if (extra.country) m.country = extra.country;
  return m;
}

/** What stands before a list of examples ("hawks like", "such as", "including"). */
const EXAMPLES_BEFORE = /\b(?:like|such as|including)\s*$/iu;
/** The letters EXAMPLES_BEFORE can end on, in any case its flags match ("ſ" is an "s" to it). */
const EXAMPLES_LAST = new Set(['e', 'E', 's', 'S', 'ſ', 'g', 'G']);
const WHITE = /\s/u;

/**
 * Whether `text.slice(from, to)` ends with EXAMPLES_BEFORE: the pattern, tried at every offset of the slice, only
 * where the last letter before any white space may end one of its words (asked before every mention).
 */
function examplesBefore(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && WHITE.test(text[end - 1]!)) end--;
  return end > from && EXAMPLES_LAST.has(text[end - 1]!) && EXAMPLES_BEFORE.test(text.slice(from, to));
}

/** What stands between two members of a list: a comma, "and", "or". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/u;

/**
 * "reformers like Tomas Brandt and Ilse Marov": where one name of a list of examples is a person somewhere
 * in the article, the list's other names without a kind are people too. `mentions` are in text order.
 */
export function markListedPeople(text: string, mentions: readonly Mention[]): void {
  const people = new Set<string>();
  for (const m of mentions) if (m.kind === 'person') people.add(m.words.join(' '));
  if (!people.size) return;
  let i = 0;
  while (i < mentions.length) {
    const first = mentions[i]!;
    const before = i > 0 && mentions[i - 1]!.sentence === first.sentence ? mentions[i - 1]!.end : Math.max(0, first.start - 24);
    let j = i + 1;
    if (examplesBefore(text, before, first.start)) {
      while (j < mentions.length && mentions[j]!.sentence === first.sentence && LIST_GAP.test(text.slice(mentions[j - 1]!.end, mentions[j]!.start))) j++;
      const list = mentions.slice(i, j);
      if (list.length > 1 && list.some((m) => m.kind === 'person' || people.has(m.words.join(' ')))) {
        for (const m of list) {
          if (m.kind || m.country) continue;
          m.kind = 'person';
          m.evidence = true;
        }
      }
    }
    i = j;
  }
}
