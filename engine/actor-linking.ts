/** Cross-article linking: the same person gets the same actor id in every article of a comparison. */
import { bareWords, surname } from './actor-coreference';
import { genderOf } from './actor-mentions';
import { acronymOfActor, organisationsByInitials } from './actor-names';
import { FEMALE_WORDS, GENERIC_TITLE_HEADS, HONORIFICS, MALE_WORDS, TITLE_HEADS } from './lexicon/gazetteer';
import { FORMAL_NAMES } from './lexicon/nicknames';
import type { Actor, ActorKind, Quote } from './types';

/** What linkActors needs from each article. */
export interface LinkableArticle {
  actors: Actor[];
  quotes: Quote[];
  highlights: { quoted?: { speaker?: string } }[];
  /** The article's sentences, to read honorifics in front of mentions and look for a first name. */
  sentences?: readonly { start: number; text: string }[];
}

const WORDS = /[\p{L}.]+/gu;
const WORD_ONLY = /^[\p{L}.]+$/u;
const WORD_CHAR_BEFORE = /[\p{L}.]$/u;
const WORD_CHAR_AFTER = /^[\p{L}.]/u;

/**
 * Whether one of the lower-cased sentences has `word` as a whole run of letters and dots (a match of WORDS): the
 * word found with indexOf and its neighbours checked, where the set of every run of the article cost a regular
 * expression run over all its text for the one or two names asked about.
 */
function writesWord(lowered: readonly string[], word: string): boolean {
  if (!WORD_ONLY.test(word)) return false;
  for (const text of lowered) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (!WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !WORD_CHAR_AFTER.test(text.slice(end, end + 2))) return true;
    }
  }
  return false;
}
const SPACE_RUN = /\s+/u;

/** What an actor's labels and honorifics say about the person, over one or several articles. */
interface Traits {
  heads: Set<string>;
  genders: Set<'female' | 'male'>;
}

function traitsOf(actor: Actor, article: LinkableArticle, into: Traits = { heads: new Set(), genders: new Set() }): Traits {
  for (const label of actor.labels) {
    for (const w of label.toLowerCase().match(WORDS) ?? []) {
      if (TITLE_HEADS.has(w) && !GENERIC_TITLE_HEADS.has(w)) into.heads.add(w);
      const g = genderOf([w]);
      if (g) into.genders.add(g);
    }
  }
  for (const m of actor.mentions) {
    const s = article.sentences?.[m.sentence];
    if (!s) continue;
    const before = s.text.slice(Math.max(0, m.start - s.start - 6), m.start - s.start).trim().split(SPACE_RUN).pop()?.toLowerCase();
    if (before && HONORIFICS.has(before) && (FEMALE_WORDS.has(before) || MALE_WORDS.has(before))) into.genders.add(genderOf([before])!);
  }
  return into;
}

function disagree(a: Traits, b: Traits): boolean {
  if (a.genders.size === 1 && b.genders.size === 1 && [...a.genders][0] !== [...b.genders][0]) return true;
  return a.heads.size > 0 && b.heads.size > 0 && ![...a.heads].some((h) => b.heads.has(h));
}

/**
 * Across the articles of one comparison, give a person named by one word ("Biden") the id their full name
 * has elsewhere ("joe-biden"), and a name written with a middle initial ("Donald J. Trump") the id of the same
 * name written without it. A one-word name never takes the id of a person its own article keeps apart, nor of
 * one whose labels or honorifics disagree with it; where several full names fit, the one whose first name the
 * article writes wins, then the one sharing a title, then the most mentioned; and where any article keeps the
 * one-word name apart from a full name, that full name needs its first name written in the article.
 */
export function linkActors(articles: readonly LinkableArticle[]): void {
  const people = new Set(articles.flatMap((a) => a.actors.filter((x) => x.kind === 'person').map((x) => x.id)));
  // "donald-j-trump" is "donald-trump" when another article writes the name without the initial.
  const withoutInitials = new Map<string, string>();
  for (const id of people) {
    const parts = id.split('-');
    const bare = bareWords(parts);
    if (bare.length >= 2 && bare.length < parts.length && people.has(bare.join('-'))) withoutInitials.set(id, bare.join('-'));
  }
  // "richard-gates" is "rick-gates" where the name is given by its short form elsewhere
  for (const [id, target] of byShortForm(articles, people)) if (!withoutInitials.has(id)) withoutInitials.set(id, target);
  const full = new Map<string, { count: number; traits: Traits; first: string; last: string }>();
  const keptApart = new Map<string, Set<string>>();
  for (const a of articles) {
    const ids = new Set(a.actors.map((x) => x.id));
    for (const x of a.actors) {
      if (x.kind !== 'person') continue;
      const id = withoutInitials.get(x.id) ?? x.id;
      const words = id.split('-');
      if (words.length < 2) continue;
      const f = full.get(id) ?? { count: 0, traits: { heads: new Set(), genders: new Set() }, first: words[0]!, last: surname(words) };
      f.count += x.mentions.length;
      traitsOf(x, a, f.traits);
      full.set(id, f);
      for (const one of [f.last, f.first]) if (ids.has(one)) (keptApart.get(id) ?? keptApart.set(id, new Set()).get(id)!).add(one);
    }
  }
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  for (const [id, f] of full) {
    (byLast.get(f.last) ?? byLast.set(f.last, []).get(f.last)!).push(id);
    (byFirst.get(f.first) ?? byFirst.set(f.first, []).get(f.first)!).push(id);
  }

  for (const a of articles) {
    const present = new Set(a.actors.map((x) => x.id));
    let lowered: string[] | undefined;
    const writes = (word: string) => writesWord((lowered ??= (a.sentences ?? []).map((s) => s.text.toLowerCase())), word);
    const renamed = new Map<string, string>();
    for (const x of a.actors) {
      if (x.kind !== 'person') continue;
      let target: string | undefined;
      if (x.id.includes('-')) target = withoutInitials.get(x.id);
      else {
        const own = traitsOf(x, a);
        const choose = (ids: readonly string[] | undefined) => {
          let best: { id: string; score: number } | undefined;
          for (const id of ids ?? []) {
            const f = full.get(id)!;
            if (present.has(id) || disagree(own, f.traits)) continue;
            const firstWritten = writes(f.first);
            if (!firstWritten && keptApart.get(id)?.has(x.id)) continue;
            const sharesTitle = [...own.heads].some((h) => f.traits.heads.has(h));
            const score = (firstWritten ? 4e9 : 0) + (sharesTitle ? 2e9 : 0) + f.count;
            if (!best || score > best.score || (score === best.score && id < best.id)) best = { id, score };
          }
          return best?.id;
        };
        target = choose(byLast.get(x.id)) ?? choose(byFirst.get(x.id));
      }
      if (!target || present.has(target)) continue;
      renamed.set(x.id, target);
      x.id = target;
    }
    if (!renamed.size) continue;
    renameSpeakers(a, renamed);
  }
  acronymsAcrossArticles(articles);
  sameKind(articles);
}

/** Quotes and quoted marks of article a given the new ids of their speakers. */
function renameSpeakers(a: LinkableArticle, renamed: ReadonlyMap<string, string>): void {
  for (const q of a.quotes) if (q.speaker && renamed.has(q.speaker)) q.speaker = renamed.get(q.speaker);
  for (const h of a.highlights) {
    const speaker = h.quoted?.speaker;
    if (speaker && renamed.has(speaker)) h.quoted!.speaker = renamed.get(speaker);
  }
}

/**
 * An organisation one article writes as an acronym ("EU") and another in full ("European Union") gets the full
 * name's id in both, where the full name's initials spell the acronym (an article writing both has one actor already).
 */
function acronymsAcrossArticles(articles: readonly LinkableArticle[]): void {
  const byInitials = organisationsByInitials(articles.flatMap((a) => a.actors));
  if (!byInitials.size) return;
  for (const a of articles) {
    const present = new Set(a.actors.map((x) => x.id));
    const renamed = new Map<string, string>();
    for (const x of a.actors) {
      const letters = acronymOfActor(x);
      const target = letters === undefined ? undefined : byInitials.get(letters)?.id;
      if (!target || present.has(target)) continue;
      renamed.set(x.id, target);
      x.id = target;
    }
    if (renamed.size) renameSpeakers(a, renamed);
  }
}

/** Whether two given names may be one person's: the same, or one a short form of the other ("Rick", "Richard"). */
function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = FORMAL_NAMES.get(a);
  const fb = FORMAL_NAMES.get(b);
  return !!fa && !!fb && (fa.includes(b) || fb.includes(a) || fa.some((f) => fb.includes(f)));
}

/**
 * People whose names differ only in the given name, one a short form of the other ("rick-gates" and
 * "richard-gates", "rudy-giuliani" and "rudolph-w-giuliani"), each to the id of the one most mentioned (then the
 * first in order of ids, whatever the order of the articles), where their titles and honorifics do not disagree.
 */
function byShortForm(articles: readonly LinkableArticle[], people: ReadonlySet<string>): Map<string, string> {
  const bySurname = new Map<string, string[]>();
  for (const id of people) {
    const bare = bareWords(id.split('-'));
    if (bare.length < 2 || !FORMAL_NAMES.has(bare[0]!)) continue;
    const rest = bare.slice(1).join('-');
    (bySurname.get(rest) ?? bySurname.set(rest, []).get(rest)!).push(id);
  }
  const out = new Map<string, string>();
  if (![...bySurname.values()].some((ids) => ids.length > 1)) return out;
  const mentions = new Map<string, number>();
  const traits = new Map<string, Traits>();
  for (const a of articles) {
    for (const x of a.actors) {
      if (x.kind !== 'person' || !people.has(x.id)) continue;
      mentions.set(x.id, (mentions.get(x.id) ?? 0) + x.mentions.length);
      traits.set(x.id, traitsOf(x, a, traits.get(x.id)));
    }
  }
  const given = (id: string) => bareWords(id.split('-'))[0]!;
  for (const ids of bySurname.values()) {
    if (ids.length < 2) continue;
    ids.sort((p, q) => (mentions.get(q) ?? 0) - (mentions.get(p) ?? 0) || (p < q ? -1 : 1));
    for (let i = 0; i < ids.length; i++) {
      if (out.has(ids[i]!)) continue;
      for (let j = i + 1; j < ids.length; j++) {
        const [p, q] = [ids[i]!, ids[j]!];
        if (out.has(q) || given(p) === given(q) || !sameGivenName(given(p), given(q))) continue;
        if (disagree(traits.get(p)!, traits.get(q)!)) continue;
        out.set(q, p);
      }
    }
  }
  return out;
}

/**
 * One actor is one kind in every article: where some articles found nothing to tell what a name is ("other") and
 * at least as many found a person, or an organisation, and none found anything else, it is that in all of them.
 */
function sameKind(articles: readonly LinkableArticle[]): void {
  const kinds = new Map<string, Map<ActorKind, number>>();
  for (const a of articles) {
    for (const x of a.actors) {
      const m = kinds.get(x.id) ?? kinds.set(x.id, new Map()).get(x.id)!;
      m.set(x.kind, (m.get(x.kind) ?? 0) + 1);
    }
  }
  for (const a of articles) {
    for (const x of a.actors) {
      if (x.kind !== 'other') continue;
      const m = kinds.get(x.id)!;
      const found = [...m.keys()].filter((k) => k !== 'other');
      const kind = found[0];
      if (found.length === 1 && (kind === 'person' || kind === 'organisation') && m.get(kind)! >= m.get('other')!) x.kind = kind;
    }
  }
}
