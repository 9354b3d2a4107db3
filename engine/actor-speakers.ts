/** Speakers: names given as quote speakers mark people, and each quote's speaker name finds its actor. */
import type { Entity } from './actor-coreference';
import { COUNTRY_BY_KEY, PRONOUNS, isLabelWord, key, type Mention } from './actor-names';
import { HONORIFICS } from './lexicon/gazetteer';
import type { Quote } from './types';

type RawQuote = Omit<Quote, 'speaker'>;

/** A name given as a quote's speaker is a person even with no title ("…," said Nancy Northup). */
export function markSpeakers(mentions: Mention[], quotes: readonly RawQuote[]): void {
  const speakers = new Set<string>();
  for (const q of quotes) {
    if (!q.speakerName) continue;
    const words = key(q.speakerName)
      .split(' ')
      .filter((w) => !isLabelWord(w) && !isLabelWord(`${w}.`) && !HONORIFICS.has(w) && !PRONOUNS.has(w));
    if (words.length) speakers.add(words.join(' '));
  }
  if (!speakers.size) return;
  for (const m of mentions) {
    if (m.kind || m.country || !speakers.has(m.words.join(' '))) continue;
    m.kind = 'person';
    m.evidence = true;
  }
}

/** A person mention by offset, for pronoun resolution. */
export interface PersonMention {
  at: number;
  id: string;
  sentence: number;
}

/**
 * He/she: the first person named in the sentence of the last person named before `at` (the quote's own sentence, else
 * the nearest before it). `people` in text order.
 */
export function pronounReferent(at: number, people: readonly PersonMention[]): string | undefined {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  if (last < 0) return undefined;
  const sentence = people[last]!.sentence;
  let first = last;
  while (first > 0 && people[first - 1]!.sentence === sentence) first--;
  return people[first]!.id;
}

/** Every run of words in an actor's names, to the actor that owns it (the most mentioned on a tie). */
export function nameIndex(entities: readonly Entity[]): Map<string, Entity> {
  const index = new Map<string, Entity>();
  const put = (k: string, e: Entity) => {
    const current = index.get(k);
    if (!current || e.mentions.length > current.mentions.length) index.set(k, e);
  };
  for (const e of entities) {
    if (e.kind === 'country') continue;
    const names = new Set([e.words.join(' '), ...e.mentions.map((m) => m.words.join(' '))]);
    for (const name of names) put(name, e);
    for (let i = 0; i < e.words.length && e.words.length <= 6; i++) {
      for (let j = i + 1; j <= e.words.length; j++) put(e.words.slice(i, j).join(' '), e);
    }
  }
  return index;
}

/** The actor id a speaker name as written refers to; pronouns go to the person named just before the quote. */
export function speakerId(name: string, at: number, names: ReadonlyMap<string, Entity>, people: readonly PersonMention[]): string | undefined {
  const k = key(name);
  if (PRONOUNS.has(k)) return pronounReferent(at, people);
  const words = k.split(' ').filter((w) => !isLabelWord(w) && !isLabelWord(`${w}.`) && !HONORIFICS.has(w));
  if (!words.length) return undefined;
  const joined = words.join(' ');
  return COUNTRY_BY_KEY.get(joined)?.id ?? names.get(joined)?.id;
}
