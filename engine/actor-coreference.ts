/** Coreference: the mentions of one article grouped into actors (countries, organisations, people). */
import { acronymOfActor, organisationsByInitials, ORG_BY_KEY, slug, type Mention } from './actor-names';
import { GENERIC_TITLE_HEADS } from './lexicon/gazetteer';
import type { ActorKind } from './types';

const LEADING_THE_ANY_CASE = /^the\s+/iu;
/** "Trump and Melania Trump", "Abe with Trump": two names joined like this are two people. */
const COORDINATION = /^[\s,]*(?:and|&|with|,)\s/u;
/** The longest run of words a name contained in a longer name may have (bounds the index built per name). */
const MAX_NAME_WORDS = 6;

/** One actor of an article after coreference, with its mentions in text order. */
export interface Entity {
  id: string;
  name: string;
  kind: ActorKind;
  words: string[];
  mentions: Mention[];
  first: number;
}

/** A full name (two words or more) and what its mentions say about the person. */
interface Person {
  canon: string;
  words: string[];
  mentions: Mention[];
  first: number;
  evidence: boolean;
  gender: 'female' | 'male' | undefined;
  heads: Set<string>;
}

/**
 * Coreference: countries by gazetteer, organisations by name, people by full name; a name written with one
 * word joins the full name it ends (else begins) unless what the article says about the two disagrees:
 * another gender, another office, or the two named side by side ("President Trump and Melania Trump").
 */
export function resolve(text: string, mentions: readonly Mention[]): Entity[] {
  const entities = new Map<string, Entity>();
  const add = (id: string, name: string, kind: ActorKind, words: string[], m: Mention) => {
    let e = entities.get(id);
    if (!e) {
      e = { id, name, kind, words, mentions: [], first: m.start };
      entities.set(id, e);
    }
    e.mentions.push(m);
    if (kind === 'person' && e.kind !== 'person') e.kind = 'person';
    if (words.length > e.words.length && e.kind !== 'country') {
      e.words = words;
      e.name = m.text;
    }
  };

  const persons = fullNames(mentions.filter((m) => !m.heading));
  const canonical = new Map<string, string>();
  const byLast = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>();
  for (const p of persons.values()) {
    for (const name of p.names) canonical.set(name, p.person.canon);
    push(byLast, surname(p.person.words), p.person);
    push(byFirst, p.person.words[0]!, p.person);
  }

  const singles = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.country) {
      add(m.country.id, m.country.name, 'country', [], m);
      continue;
    }
    const k = m.words.join(' ');
    if (!k) continue;
    if (m.kind === 'organisation' || (m.kind === 'other' && m.evidence)) {
      const name = ORG_BY_KEY.get(k) ?? m.text.replace(LEADING_THE_ANY_CASE, '');
      add(slug(name), name, m.kind, m.words, m);
      continue;
    }
    const canon = canonical.get(k);
    if (canon) {
      const p = persons.get(canon)!.person;
      add(slug(canon), canon, p.evidence || m.kind === 'person' ? 'person' : 'other', p.words, m);
      continue;
    }
    if (m.words.length > 1 && m.heading) continue;
    push(singles, k, m);
  }

  for (const [k, ms] of singles) {
    const target = pickPerson(text, k, ms, byLast, byFirst);
    if (target) {
      for (const m of ms) {
        // "Mrs. Trump" after "Mr. Trump": a mention whose own gender disagrees looks for a person of its gender.
        const own = m.gender && target.gender && m.gender !== target.gender ? pickPerson(text, k, [m], byLast, byFirst) : target;
        const p = own ?? target;
        // "Olympics" joins "Winter Olympics": a word that ends a name is a person only where something says so.
        add(slug(p.canon), p.canon, p.evidence || ms.some((x) => x.kind === 'person') ? 'person' : 'other', p.words, m);
      }
      continue;
    }
    const body = ms.filter((m) => !m.heading);
    if (!body.length) continue;
    const sharesSurname = byLast.has(k);
    const kind: ActorKind = sharesSurname || body.some((m) => m.kind === 'person') ? 'person' : 'other';
    const evidence = sharesSurname || body.some((m) => m.kind === 'person' || m.evidence);
    if (!evidence && body.length < 2) continue;
    if (kind === 'other' && body.length < 2) continue;
    for (const m of ms) add(slug(k), body[0]!.text, kind, m.words, m);
  }
  acronymsJoinTheirNames(entities);
  // Headline mentions of names the body never resolves are left out; resolved ones are kept above.
  for (const e of entities.values()) {
    e.mentions.sort((a, b) => a.start - b.start);
    e.first = e.mentions[0]!.start;
    if (e.kind !== 'country' && e.kind !== 'organisation') {
      const best = e.mentions.filter((m) => !m.heading).sort((a, b) => b.words.length - a.words.length)[0];
      if (best) e.name = best.text;
    }
  }
  return [...entities.values()]
    .filter((e) => e.mentions.some((m) => !m.heading) && (e.kind !== 'other' || e.mentions.length >= 2))
    .sort((a, b) => a.first - b.first);
}

/**
 * Full names of the article, each with the longer name it stands for ("donald trump" → "donald j trump"
 * when both are written; "trump jr" is not "trump"). Linear in the names: each name indexes its own sub-runs.
 */
function fullNames(body: readonly Mention[]): Map<string, { person: Person; names: string[] }> {
  const byFullName = new Map<string, Mention[]>();
  for (const m of body) {
    if (m.country || m.words.length < 2 || m.kind === 'organisation' || m.kind === 'other') continue;
    push(byFullName, m.words.join(' '), m);
  }
  const names = [...byFullName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Every run of words inside a longer name (ending on its last word), and the name without initials, to
  // the longest name that holds it.
  const holder = new Map<string, string>();
  for (const name of names) {
    const words = name.split(' ');
    if (words.length > MAX_NAME_WORDS) continue;
    const own = holder.get(name);
    const target = own ?? name;
    for (let i = 1; i < words.length - 1; i++) {
      const sub = words.slice(i).join(' ');
      if (!holder.has(sub)) holder.set(sub, target);
    }
    const bare = withoutInitials(name);
    if (bare !== name && bare.includes(' ') && !holder.has(bare)) holder.set(bare, target);
  }
  const out = new Map<string, { person: Person; names: string[] }>();
  for (const name of names) {
    const canon = holder.get(name) ?? name;
    let entry = out.get(canon);
    if (!entry) {
      const person: Person = { canon, words: canon.split(' '), mentions: [], first: Infinity, evidence: false, gender: undefined, heads: new Set() };
      entry = { person, names: [] };
      out.set(canon, entry);
    }
    entry.names.push(name);
    const p = entry.person;
    for (const m of byFullName.get(name)!) {
      p.mentions.push(m);
      p.first = Math.min(p.first, m.start);
      p.evidence ||= m.kind === 'person' || !!m.label;
      for (const h of m.heads ?? []) p.heads.add(h);
    }
  }
  for (const { person } of out.values()) person.gender = agreedGender(person.mentions);
  return out;
}

/** The person one-word mentions of `word` refer to: full names ending in it, else beginning with it; none on a conflict. */
function pickPerson(
  text: string,
  word: string,
  ms: readonly Mention[],
  byLast: ReadonlyMap<string, Person[]>,
  byFirst: ReadonlyMap<string, Person[]>,
): Person | undefined {
  const personHint = ms.some((m) => m.kind === 'person');
  const pick = (candidates: readonly Person[] | undefined) => {
    let best: Person | undefined;
    for (const p of candidates ?? []) {
      if (conflicts(text, ms, p)) continue;
      if (!best || p.mentions.length > best.mentions.length || (p.mentions.length === best.mentions.length && p.first < best.first)) best = p;
    }
    return best;
  };
  return pick(byLast.get(word)) ?? pick(byFirst.get(word)?.filter((p) => p.evidence || personHint));
}

/** What the article says about one-word mentions and a full name disagrees: gender, office, or named side by side. */
function conflicts(text: string, ms: readonly Mention[], p: Person): boolean {
  const gender = agreedGender(ms);
  if (gender && p.gender && gender !== p.gender) return true;
  const heads = new Set<string>();
  for (const m of ms) for (const h of m.heads ?? []) if (!GENERIC_TITLE_HEADS.has(h)) heads.add(h);
  const own = [...p.heads].filter((h) => !GENERIC_TITLE_HEADS.has(h));
  if (heads.size && own.length && !own.some((h) => heads.has(h))) return true;
  // Side by side: only the full-name mentions nearest each one-word mention are looked at (bounded work).
  const bySentence = new Map<number, Mention[]>();
  for (const m of p.mentions) push(bySentence, m.sentence, m);
  for (const m of ms) {
    const same = bySentence.get(m.sentence);
    if (!same) continue;
    let before: Mention | undefined;
    let after: Mention | undefined;
    for (const o of same) {
      if (o.end <= m.start && (!before || o.end > before.end)) before = o;
      if (o.start >= m.end && (!after || o.start < after.start)) after = o;
      if (same.length > 64) break;
    }
    if (before && m.start - before.end < 12 && COORDINATION.test(text.slice(before.end, m.start) + ' ')) return true;
    if (after && after.start - m.end < 12 && COORDINATION.test(text.slice(m.end, after.start) + ' ')) return true;
  }
  return false;
}

/** The gender the mentions' honorifics and titles agree on, if any. */
function agreedGender(ms: readonly Mention[]): 'female' | 'male' | undefined {
  let out: 'female' | 'male' | undefined;
  for (const m of ms) {
    if (!m.gender) continue;
    if (out && out !== m.gender) return undefined;
    out = m.gender;
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

const GENERATION = new Set(['ii', 'iii', 'iv']);

/** The last word of a name that is no generation ("Mueller" of "Robert S. Mueller III"). */
export function surname(words: readonly string[]): string {
  for (let i = words.length - 1; i > 0; i--) if (!GENERATION.has(words[i]!)) return words[i]!;
  return words[0]!;
}

/** A name's words without initials and generations: "robert s mueller iii" → robert mueller ("jr" stays: another person). */
export function bareWords(words: readonly string[]): string[] {
  return words.filter((w) => w.length > 1 && !GENERATION.has(w));
}

/** "donald j trump" → "donald trump", "robert s mueller iii" → "robert mueller". */
function withoutInitials(name: string): string {
  return bareWords(name.split(' ')).join(' ');
}

/**
 * An organisation written both as an acronym and in full ("the E.U." and "the European Union", "WTO" and "World Trade
 * Organization") is one: the acronym's mentions join the full name, whose initials spell it.
 */
function acronymsJoinTheirNames(entities: Map<string, Entity>): void {
  const byInitials = organisationsByInitials(entities.values());
  if (!byInitials.size) return;
  for (const [id, e] of entities) {
    const letters = acronymOfActor(e);
    const full = letters === undefined ? undefined : byInitials.get(letters);
    if (!full || full === e) continue;
    full.mentions.push(...e.mentions);
    full.first = Math.min(full.first, e.first);
    entities.delete(id);
  }
}
