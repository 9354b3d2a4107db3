/**
 * Nominal mentions: "the president", "the North Korean leader", "Mr. President" joined to the one actor the
 * context leaves, with the words kept as that mention's label. Runs over the whole set, after linking, so a
 * role one outlet gives an actor ("Chinese leader Xi") lets another outlet's "the Chinese leader" find him.
 */
import { DEMONYM_BY_KEY, COUNTRY_BY_KEY, key } from './actor-names';
import { actorSentiment } from './actors';
import { HONORIFICS, RULER_HEADS, TITLE_HEADS, TITLE_MODIFIERS, VAGUE_TITLE_HEADS } from './lexicon/gazetteer';
import { startsCapital } from './text';
import type { Actor, Sentence } from './types';

/** What the nominal pass reads and extends in each article. */
export interface NominalArticle {
  actors: Actor[];
  sentences: readonly Sentence[];
}

/** Words of a title that tell offices apart ("prime" minister, "defense" secretary), beyond its head. */
const OFFICE_WORDS = new Set([...TITLE_MODIFIERS].filter((w) => !['former', 'then', 'ex', 'late', 'acting', 'the', 'of', 'top', 'senior', 'longtime', 'veteran', 'incoming', 'outgoing', 'embattled', 'disgraced', 'controversial', 'powerful', 'beleaguered', 'twice-impeached', 'new', 'first'].includes(w)));
/** At most this many people of an article are weighed for one nominal mention. */
const MAX_CANDIDATES = 64;
const DETERMINERS = new Set(['the', 'our', 'their', 'his', 'her', 'its']);
const INDEFINITE = new Set(['a', 'an']);
const PLURAL = /s$/u;
const POSSESSIVE = /['’]s?$/u;
/** A token's norm without a possessive ending ("president's" → "president"). */
const bareNorm = (norm: string) => norm.replace(POSSESSIVE, '');
const WORDS = /[\p{L}.'-]+/gu;
/** A title held in the past: "former President", "then-Secretary of State", "the late king". */
const PAST = /\b(?:former|then|ex|late)\b/iu;

/** An article's people with a role, by title head, and those who hold a ruler's title. */
interface People {
  byHead: Map<string, Actor[]>;
  rulers: Actor[];
}

/** The roles an actor holds, read from its labels in every article: title heads, office words, countries. */
interface Role {
  heads: Set<string>;
  /** Heads written without "former", "then-", "ex-" or "late": offices the actor holds now. */
  current: Set<string>;
  offices: Set<string>;
  countries: Set<string>;
}

/**
 * Title heads that one person holds in a story even where an article never names them: "the Queen", "the Pope",
 * a ruler ("the king"). Other heads ("the spokesman", "the minister") reach across articles only with an office
 * or a country that pins the office down ("the prime minister", "the French president").
 */
const SINGLE_HOLDER_HEADS: ReadonlySet<string> = new Set([...RULER_HEADS, 'queen', 'pope']);

/** Adds each article's nominal mentions to the actor the context leaves; returns how many it added. */
export function resolveNominals(articles: readonly NominalArticle[]): number {
  const roles = new Map<string, Role>();
  const people = new Map<string, Actor>();
  for (const a of articles) {
    for (const x of a.actors) {
      if (x.kind !== 'person') continue;
      const r = roles.get(x.id) ?? { heads: new Set(), current: new Set(), offices: new Set(), countries: new Set() };
      for (const label of x.labels) readRole(label, r);
      for (const m of x.mentions) if (m.label) readRole(m.label, r);
      roles.set(x.id, r);
      if (!people.has(x.id)) people.set(x.id, x);
    }
  }
  const holders = new Map<string, Actor[]>();
  for (const [id, r] of roles) for (const h of r.heads) (holders.get(h) ?? holders.set(h, []).get(h)!).push(people.get(id)!);
  let added = 0;
  for (const a of articles) {
    const own: People = { byHead: new Map(), rulers: [] };
    for (const x of a.actors) {
      const r = x.kind === 'person' ? roles.get(x.id) : undefined;
      if (!r?.heads.size) continue;
      for (const h of r.heads) (own.byHead.get(h) ?? own.byHead.set(h, []).get(h)!).push(x);
      if ([...r.heads].some((h) => RULER_HEADS.has(h))) own.rulers.push(x);
    }
    if (!holders.size) continue;
    const lastSeen = namedSentences(a.actors);
    const taken = new Set(a.actors.flatMap((x) => (x.kind === 'country' ? [] : x.mentions.map((m) => m.start))));
    const titledOnly = new Set<Actor>();
    for (const s of a.sentences) {
      if (s.heading) continue;
      for (const phrase of nominalPhrases(s)) {
        if (taken.has(phrase.start)) continue;
        const mention = { start: phrase.start, end: phrase.end, text: phrase.text, sentence: s.index, label: phrase.label };
        const actor = own.byHead.size ? pick(phrase, own, roles, lastSeen, s.index) : undefined;
        if (actor) actor.mentions.push(mention);
        else {
          const holder = soleHolder(phrase, own, holders, roles);
          if (!holder) continue;
          const here = a.actors.find((x) => x.id === holder.id);
          if (here) here.mentions.push(mention);
          else {
            const x: Actor = { id: holder.id, name: holder.name, kind: 'person', mentions: [mention], labels: [], aliases: [], sentiment: { score: 0, comparative: 0 } };
            a.actors.push(x);
            titledOnly.add(x);
          }
        }
        taken.add(phrase.start);
        added++;
      }
    }
    for (const x of a.actors) x.mentions.sort((p, q) => p.start - q.start);
    // the tone of the sentences that name an actor known here only by its title
    for (const x of titledOnly) x.sentiment = actorSentiment(x, a.sentences);
  }
  return added;
}

/**
 * The one person of the whole set a title refers to in an article that names nobody with it: "the Queen" where
 * another outlet writes "Queen Elizabeth II". Only a title one person holds in a story, held now, with every office
 * and country the phrase gives, and only when no other person of the set ever held it.
 */
function soleHolder(phrase: Phrase, own: People, holders: ReadonlyMap<string, Actor[]>, roles: ReadonlyMap<string, Role>): Actor | undefined {
  if (phrase.past || own.byHead.has(phrase.head)) return undefined;
  if (!SINGLE_HOLDER_HEADS.has(phrase.head) && !phrase.offices.length && !phrase.countries.length) return undefined;
  const all = holders.get(phrase.head) ?? [];
  if (all.length !== 1) return undefined;
  const r = roles.get(all[0]!.id)!;
  if (!r.current.has(phrase.head) || phrase.offices.some((o) => !r.offices.has(o)) || !phrase.countries.every((c) => r.countries.has(c))) return undefined;
  return all[0];
}


function readRole(label: string, into: Role): void {
  const past = PAST.test(label);
  const words = label.toLowerCase().match(WORDS) ?? [];
  for (const w of words) {
    if (TITLE_HEADS.has(w)) into.heads.add(w);
    if (TITLE_HEADS.has(w) && !past) into.current.add(w);
    if (OFFICE_WORDS.has(w)) into.offices.add(w);
    const country = DEMONYM_BY_KEY.get(key(w)) ?? COUNTRY_BY_KEY.get(key(w));
    if (country) into.countries.add(country.id);
  }
  // Two-word demonyms and countries ("North Korean", "South Korea").
  for (let i = 0; i + 1 < words.length; i++) {
    const two = `${words[i]} ${words[i + 1]}`;
    const country = DEMONYM_BY_KEY.get(key(two)) ?? COUNTRY_BY_KEY.get(key(two));
    if (country) into.countries.add(country.id);
  }
}

/** For each actor, the sentences that name it, in order. */
function namedSentences(actors: readonly Actor[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const x of actors) if (x.kind === 'person') out.set(x.id, [...new Set(x.mentions.map((m) => m.sentence))].sort((p, q) => p - q));
  return out;
}

interface Phrase {
  start: number;
  end: number;
  text: string;
  label: string;
  head: string;
  /** "the former president": a title held in the past. */
  past: boolean;
  offices: string[];
  countries: string[];
}

/** The first words of the countries' and demonyms' names of more than one word ("north" of "north korea"). */
const FIRST_OF_TWO: ReadonlySet<string> = new Set(
  [...COUNTRY_BY_KEY.keys(), ...DEMONYM_BY_KEY.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))),
);
const LETTERS = /^[a-z]+$/u;

/**
 * Whether two words in a row may be a country's or a demonym's name: false only where the key of the two is the two
 * as they are (plain letters, not "the") and the first opens no such name, so that no string of the two is made for
 * most pairs of words.
 */
function mayNameTwo(first: string, second: string): boolean {
  return !(LETTERS.test(first) && first !== 'the' && LETTERS.test(second) && !FIRST_OF_TWO.has(first));
}

/**
 * "the president", "the North Korean leader", "The prime minister", "Mr. President": a determiner or honorific,
 * label words, a singular title head, and no name after it (a name after it makes it a descriptor).
 */
function nominalPhrases(s: Sentence): Phrase[] {
  const out: Phrase[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const first = t[i]!;
    const honorific = HONORIFICS.has(first.norm);
    // "Japanese Prime Minister", "South Korean President": a capitalised title with a country and no name.
    // the country's look-up after the tests of the tokens themselves
    const bare = !DETERMINERS.has(first.norm) && !honorific && startsCapital(first.raw) && !(i > 0 && startsCapital(t[i - 1]!.raw) && t[i - 1]!.start > 0 && t[i]!.start - t[i - 1]!.end <= 1 && !DETERMINERS.has(t[i - 1]!.norm)) && startsCountry(t, i);
    if (!DETERMINERS.has(first.norm) && !honorific && !bare) continue;
    let k = bare ? i : i + 1;
    // made on the first office or country: most determiners start no title
    let offices: string[] | undefined;
    let countries: string[] | undefined;
    let head = -1;
    // At most six words of title: bounded work per position.
    while (k < t.length && k - i <= 6) {
      const w = t[k]!;
      const two = k + 1 < t.length && mayNameTwo(w.norm, t[k + 1]!.norm) ? `${w.norm} ${t[k + 1]!.norm}` : '';
      const country2 = two ? (DEMONYM_BY_KEY.get(key(two)) ?? COUNTRY_BY_KEY.get(key(two))) : undefined;
      if (country2) {
        (countries ??= []).push(country2.id);
        k += 2;
        continue;
      }
      const country = DEMONYM_BY_KEY.get(key(w.norm)) ?? COUNTRY_BY_KEY.get(key(w.norm));
      if (TITLE_HEADS.has(bareNorm(w.norm))) {
        head = k;
        if (OFFICE_WORDS.has(w.norm)) (offices ??= []).push(w.norm);
        k++;
        // A possessive ends the phrase: "the president's national security adviser".
        if (bareNorm(w.norm) !== w.norm) break;
        continue;
      }
      if (country) (countries ??= []).push(country.id);
      else if (OFFICE_WORDS.has(w.norm)) (offices ??= []).push(w.norm);
      else if (!TITLE_MODIFIERS.has(w.norm)) break;
      k++;
    }
    if (head < 0 || head !== k - 1) continue;
    // After "the" the phrase with the determiner is read; after "a" the title names nobody in particular.
    if (bare && (!countries || (i > 0 && (DETERMINERS.has(t[i - 1]!.norm) || INDEFINITE.has(t[i - 1]!.norm))))) continue;
    const h = t[head]!;
    const hNorm = bareNorm(h.norm);
    // The mention ends before a possessive: "the president's lawyers" mentions "the president".
    const hEnd = h.end - (h.raw.length - h.raw.replace(POSSESSIVE, '').length);
    const next = t[head + 1];
    if (hNorm === h.norm && PLURAL.test(h.norm) && !TITLE_HEADS.has(h.norm)) continue;
    // A capitalised word right after the head is a name: "the president Emmanuel Macron" is found elsewhere.
    if (next && /^\p{Lu}/u.test(next.raw) && next.start - h.end <= 1) continue;
    if (VAGUE_TITLE_HEADS.has(hNorm)) continue;
    if (honorific && !/^\p{Lu}/u.test(h.raw)) continue;
    const labelFrom = honorific || bare ? i : i + 1;
    let past = false;
    for (let k = i; k < head && !past; k++) past = PAST.test(t[k]!.norm);
    out.push({
      start: first.start,
      end: hEnd,
      text: s.text.slice(first.start - s.start, hEnd - s.start),
      label: s.text.slice(t[labelFrom]!.start - s.start, hEnd - s.start),
      head: hNorm,
      past,
      offices: offices ? offices.filter((o) => o !== hNorm) : [],
      countries: countries ?? [],
    });
    i = head;
  }
  return out;
}

/** The one person the phrase can refer to, or none when the context leaves several. */
function pick(phrase: Phrase, people: People, roles: ReadonlyMap<string, Role>, seen: ReadonlyMap<string, number[]>, sentence: number): Actor | undefined {
  const pool = phrase.countries.length && RULER_HEADS.has(phrase.head) ? people.rulers : (people.byHead.get(phrase.head) ?? []);
  // Many people with one role: the context cannot leave one (and the work per phrase stays bounded).
  if (pool.length > MAX_CANDIDATES) return undefined;
  const fits = pool.filter((x) => {
    const r = roles.get(x.id)!;
    const heads = phrase.past ? r.heads : r.current;
    const headFits = heads.has(phrase.head) || (RULER_HEADS.has(phrase.head) && [...heads].some((h) => RULER_HEADS.has(h)) && phrase.countries.length > 0);
    if (!headFits) return false;
    if (phrase.offices.some((o) => !r.offices.has(o))) return false;
    return phrase.countries.every((c) => r.countries.has(c));
  });
  if (fits.length <= 1) return fits.length ? nearest(fits, seen, sentence, 1e9) : undefined;
  // Several fit: the one named most recently, within the last three sentences, if only one was.
  const recent = fits.filter((x) => nearest([x], seen, sentence, 3));
  if (recent.length === 1) return recent[0];
  // Else the one the article is about: named at least three times as often as any other that fits.
  const byCount = [...fits].sort((p, q) => q.mentions.length - p.mentions.length);
  if (byCount[0]!.mentions.length >= 3 * byCount[1]!.mentions.length && nearest([byCount[0]!], seen, sentence, 1e9)) return byCount[0];
  return undefined;
}

/** The actor when it is named at or before `sentence`, at most `window` sentences back. */
function nearest(xs: readonly Actor[], seen: ReadonlyMap<string, number[]>, sentence: number, window: number): Actor | undefined {
  for (const x of xs) {
    const list = seen.get(x.id) ?? [];
    // Binary search: the last sentence naming x at or before this one.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= sentence) lo = mid + 1;
      else hi = mid;
    }
    const at = lo > 0 ? list[lo - 1]! : undefined;
    if (at !== undefined && sentence - at <= window) return x;
  }
  return undefined;
}

/** A country or demonym (one or two words) starts at token i. */
function startsCountry(t: readonly { norm: string }[], i: number): boolean {
  const one = t[i]!.norm;
  if (DEMONYM_BY_KEY.has(key(one)) || COUNTRY_BY_KEY.has(key(one))) return true;
  const two = i + 1 < t.length && mayNameTwo(one, t[i + 1]!.norm) ? key(`${one} ${t[i + 1]!.norm}`) : '';
  return !!two && (DEMONYM_BY_KEY.has(two) || COUNTRY_BY_KEY.has(two));
}
