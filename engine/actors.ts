import type { RawQuote } from './quotes';
import {
  CALENDAR_WORDS,
  COUNTRIES,
  HONORIFICS,
  KNOWN_ORGANISATIONS,
  NON_NAME_OPENERS,
  ORGANISATION_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon/gazetteer';
import { PERSON_VERBS } from './lexicon/speech';
import { STOP_WORDS } from './lexicon/stop-words';
import { hasLower, isWordLike, startsLower, startsUpper, type Span } from './text';
import type { Actor, ActorKind, Quote, Sentence, SentimentScore, Token } from './types';

// No NLP library fits offline at this size: capitalised runs, a small gazetteer and title words do the work.

/** A descriptor written in front of an actor's name ("former President"), for the marker pass. */
export interface ActorLabel extends Span {
  text: string;
  actorId: string;
  actorName: string;
}

/** What findActors returns: actors, quotes with speaker ids, and where each label stands. */
export interface ActorResult {
  actors: Actor[];
  quotes: Quote[];
  labels: ActorLabel[];
}

interface Country {
  id: string;
  name: string;
}

const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const DOTTED = /^(?:\p{L}\.){2,}$/u;
const POSSESSIVE = /['’]s?$/u;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const DOTS = /\./gu;
const LEADING_THE = /^the\s+/u;
const LEADING_THE_ANY_CASE = /^the\s+/iu;
const EDGE_DASHES = /^-+|(?<!-)-+$/gu;
const SPACES = /\s+/gu;
const keyCache = new Map<string, string>();
const slugCache = new Map<string, string>();
const COUNTRY_BY_KEY = new Map<string, Country>();
const DEMONYM_BY_KEY = new Map<string, Country>();
for (const c of COUNTRIES) {
  const country = { id: slug(c.name), name: c.name };
  for (const alias of [c.name, ...c.aliases]) COUNTRY_BY_KEY.set(key(alias), country);
  for (const d of c.demonyms) DEMONYM_BY_KEY.set(key(d), country);
}
const ORG_BY_KEY = new Map(KNOWN_ORGANISATIONS.map((o) => [key(o), o]));
const MAX_COUNTRY_WORDS = 5;

const CONNECTORS = new Set(['of', 'and', '&', 'for', 'on', 'de', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'du', 'del']);
const POSSESSIVE_TOKEN = /['’]s$/u;
const POSSESSIVE_NORM = /'s?$/u;
const PRONOUNS = new Set(['he', 'she', 'him', 'her']);
/** "then-President", "ex-Treasury Secretary": prefixes joined to a descriptor by a hyphen. */
const HYPHEN_PREFIXES = new Set(['then', 'ex', 'former', 'now']);

/** Lower-case lookup key of a name: no dots, no possessive, single spaces, no leading "the". */
function key(name: string): string {
  let k = keyCache.get(name);
  if (k === undefined) {
    k = name.toLowerCase().replace(POSSESSIVE, '').replace(DOTS, '').replace(LEADING_THE, '').replace(SPACES, ' ').trim();
    if (keyCache.size > 20_000) keyCache.clear();
    keyCache.set(name, k);
  }
  return k;
}

/** Stable actor id from a canonical name: "Xi Jinping" → "xi-jinping". */
export function slug(name: string): string {
  let id = slugCache.get(name);
  if (id === undefined) {
    id = name.toLowerCase().replace(DOTS, '').replace(NON_ALNUM, '-').replace(EDGE_DASHES, '') || 'unknown';
    if (slugCache.size > 20_000) slugCache.clear();
    slugCache.set(name, id);
  }
  return id;
}

interface Mention extends Span {
  text: string;
  sentence: number;
  words: string[];
  kind?: ActorKind;
  country?: Country;
  label?: Span;
  evidence: boolean;
  heading: boolean;
}

interface Entity {
  id: string;
  name: string;
  kind: ActorKind;
  words: string[];
  mentions: Mention[];
  first: number;
}

/** Actors of an article after coreference, quotes with speakers resolved to actor ids, and label spans. */
export function findActors(
  text: string,
  sentences: readonly Sentence[],
  rawQuotes: readonly RawQuote[],
  sentimentTokens: readonly number[] = [],
): ActorResult {
  // Words that open a sentence capitalised: does the article also write them in lower case (a common
  // word), or capitalised mid-sentence (a name)?
  const openers = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if ((i === 0 || isOpening(s.tokens[i - 1]!)) && startsUpper(t.raw)) openers.add(t.norm.replace(POSSESSIVE_NORM, ''));
    });
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

  const mentions: Mention[] = [];
  for (const s of sentences) collectMentions(text, s, lowerWords, inner, mentions);
  markSpeakers(mentions, rawQuotes);
  const entities = resolve(mentions);

  const actors: Actor[] = [];
  const labels: ActorLabel[] = [];
  for (const e of entities) {
    const labelTexts: string[] = [];
    for (const m of e.mentions) {
      if (!m.label) continue;
      const t = text.slice(m.label.start, m.label.end);
      if (!labelTexts.includes(t)) labelTexts.push(t);
      labels.push({ ...m.label, text: t, actorId: e.id, actorName: e.name });
    }
    const aliases: string[] = [];
    for (const m of e.mentions) if (!aliases.includes(m.text)) aliases.push(m.text);
    actors.push({
      id: e.id,
      name: e.name,
      kind: e.kind,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, sentence: m.sentence })),
      labels: labelTexts,
      aliases,
      sentiment: actorSentiment(e, sentences, sentimentTokens),
    });
  }
  actors.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
  labels.sort((a, b) => a.start - b.start);

  const people = entities
    .filter((e) => e.kind === 'person')
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, id: e.id, sentence: m.sentence })))
    .sort((a, b) => a.at - b.at);
  const names = nameIndex(entities);
  const quotes = rawQuotes.map((q) => {
    const quote: Quote = { ...q };
    const id = q.speakerName ? speakerId(q.speakerName, q.start, names, people) : undefined;
    if (id) quote.speaker = id;
    return quote;
  });
  return { actors, quotes, labels };
}

/** "Ing-wen", "Jean-Pierre": a hyphen inside a name, not between two places ("U.S.-China"). */
function isHyphenatedName(tokens: readonly Token[], dash: number): boolean {
  const before = tokens[dash - 1];
  const after = tokens[dash + 1];
  if (!before || !after || before.end !== tokens[dash]!.start || tokens[dash]!.end !== after.start) return false;
  if (!isWordLike(after.raw) || isKnownName(before) || isKnownName(after) || HYPHEN_PREFIXES.has(before.norm)) return false;
  return startsUpper(after.raw) || (after.norm.length <= 4 && startsUpper(before.raw));
}

/** A name given as a quote's speaker is a person even with no title ("…," said Nancy Northup). */
function markSpeakers(mentions: Mention[], quotes: readonly RawQuote[]): void {
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

function isOpening(t: Token): boolean {
  return t.raw === '“' || t.raw === '"' || t.raw === ':' || t.raw === '(' || t.raw === '‘' || t.raw === '—' || t.raw === '–';
}

function isNameToken(t: Token): boolean {
  return startsUpper(t.raw) && t.raw !== 'I' && !CALENDAR_WORDS.has(t.norm);
}

/**
 * Where a name continues past a connector ("Secretary of State", "Food and Drug Administration",
 * "Commission on the Supreme Court"), or -1 when the connector ends it ("Trump and Xi").
 */
function connectedRun(tokens: readonly Token[], at: number, shouting: ReadonlySet<number>): number {
  const before = tokens[at - 1]!.norm;
  let k = at + 1;
  if (tokens[k]?.norm === 'the') k++;
  const from = k;
  while (k < tokens.length && isNameToken(tokens[k]!) && !shouting.has(k)) k++;
  if (k === from) return -1;
  const connector = tokens[at]!.norm;
  if (connector === 'of' && TITLE_HEADS.has(before) && before !== 'president') return k;
  const orgBefore = ORGANISATION_WORDS.has(before);
  let orgAfter = false;
  for (let x = from; x < k; x++) if (ORGANISATION_WORDS.has(tokens[x]!.norm)) orgAfter = true;
  if (connector === 'and' || connector === '&') return orgAfter ? k : -1;
  return orgBefore ? k : -1;
}

function isAllCaps(t: Token): boolean {
  return !hasLower(t.raw) && TWO_CAPITALS.test(t.raw) && !DOTTED.test(t.raw);
}

function isKnownAcronym(t: Token): boolean {
  const k = key(t.raw);
  return COUNTRY_BY_KEY.has(k) || ORG_BY_KEY.has(k);
}

/** Tokens in runs of all-caps words (shouting), which are not names even when capitalised. */
function shoutingTokens(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  const words: number[] = [];
  tokens.forEach((t, i) => {
    if (isWordLike(t.raw)) words.push(i);
  });
  const loud = (w: number | undefined) => w !== undefined && isAllCaps(tokens[w]!) && !isKnownAcronym(tokens[w]!);
  for (let w = 0; w < words.length; w++) {
    const i = words[w]!;
    if (isAllCaps(tokens[i]!) && (loud(words[w - 1]) || loud(words[w + 1]))) out.add(i);
  }
  return out;
}

function collectMentions(
  text: string,
  s: Sentence,
  lowerWords: ReadonlySet<string>,
  inner: ReadonlySet<string>,
  out: Mention[],
): void {
  const tokens = s.tokens.some((t) => POSSESSIVE_NORM.test(t.norm))
    ? s.tokens.map((t) => (POSSESSIVE_NORM.test(t.norm) ? { ...t, norm: t.norm.replace(POSSESSIVE_NORM, '') } : t))
    : s.tokens;
  const shouting = shoutingTokens(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameToken(t) || shouting.has(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!POSSESSIVE_TOKEN.test(t.raw)) {
      while (j < tokens.length) {
        const n = tokens[j]!;
        if (isNameToken(n) && !shouting.has(j) && n.start - tokens[j - 1]!.end <= 1) {
          j++;
          if (POSSESSIVE_TOKEN.test(n.raw)) break;
        } else if (n.raw === '-' && isHyphenatedName(tokens, j)) {
          j += 2;
        } else if (CONNECTORS.has(n.norm)) {
          const end = connectedRun(tokens, j, shouting);
          if (end < 0) break;
          j = end;
        } else break;
      }
    }
    if (j - i === 1 && STOP_WORDS.has(t.norm) && !isKnownName(t)) {
      i = j;
      continue;
    }
    let start = i;
    const sentenceStart = i === 0 || isOpening(tokens[i - 1]!);
    if (sentenceStart && j - i === 1 && !isKnownName(t) && (STOP_WORDS.has(t.norm) || NON_NAME_OPENERS.has(t.norm) || lowerWords.has(t.norm) || !inner.has(t.norm))) {
      i = j;
      continue;
    }
    if (sentenceStart && (STOP_WORDS.has(t.norm) || NON_NAME_OPENERS.has(t.norm) || lowerWords.has(t.norm)) && !isKnownName(t)) start++;
    splitRun(text, s, tokens, start, j, out);
    i = j;
  }
}

function isKnownName(t: Token): boolean {
  const k = key(t.raw);
  return COUNTRY_BY_KEY.has(k) || DEMONYM_BY_KEY.has(k) || ORG_BY_KEY.has(k);
}

function isLabelWord(norm: string): boolean {
  const k = key(norm);
  return TITLE_HEADS.has(norm) || TITLE_MODIFIERS.has(norm) || TITLE_MODIFIERS.has(k) || DEMONYM_BY_KEY.has(k) || COUNTRY_BY_KEY.has(k);
}

/** Split a capitalised run into descriptor, countries and name core, and record the mentions. */
function splitRun(text: string, s: Sentence, tokens: readonly Token[], from: number, to: number, out: Mention[]): void {
  let i = from;
  while (i < to) {
    // Countries written as one of their names, possibly several words ("United States", "North Korea").
    let matched = false;
    for (let len = Math.min(MAX_COUNTRY_WORDS, to - i); len >= 1; len--) {
      const span = text.slice(tokens[i]!.start, tokens[i + len - 1]!.end);
      const k = key(span);
      const country = COUNTRY_BY_KEY.get(k) ?? DEMONYM_BY_KEY.get(k);
      if (!country) continue;
      const rest = to - (i + len);
      const nextIsHead = rest > 0 && (TITLE_HEADS.has(tokens[i + len]!.norm) || TITLE_MODIFIERS.has(tokens[i + len]!.norm));
      if (nextIsHead && hasHeadBeforeCore(tokens, i + len, to)) break;
      const nextIsOrg = rest > 0 && ORGANISATION_WORDS.has(tokens[to - 1]!.norm) && !hasHeadBeforeCore(tokens, i + len, to);
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
    if (lastOrg > head || ORG_BY_KEY.has(key(runText)) || (to - i === 1 && isAllCaps(tokens[i]!))) {
      out.push(mention(text, s, tokens, i, to, { kind: 'organisation', evidence: true }));
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

    const label = descriptor(tokens, head >= 0 ? i : coreStart, coreStart);
    const honorific = coreStart > 0 && HONORIFICS.has(tokens[coreStart - 1]!.norm);
    const speaks = to < tokens.length && PERSON_VERBS.has(tokens[to]!.norm);
    const m = mention(text, s, tokens, coreStart, to, {
      kind: label || honorific || speaks ? 'person' : undefined,
      evidence: !!label || honorific || speaks,
    });
    if (label) m.label = label;
    out.push(m);
    return;
  }
}

function labelOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!isLabelWord(tokens[k]!.norm)) return false;
  return true;
}

function hasHeadBeforeCore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (TITLE_HEADS.has(tokens[k]!.norm)) return true;
    if (!isLabelWord(tokens[k]!.norm)) return false;
  }
  return false;
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
    if (!isLabelWord(t.norm) || STOP_WORDS.has(t.norm) || t.norm === 'of' || t.norm === 'the') break;
    if (t.end !== tokens[k + 1]!.start && tokens[k + 1]!.start - t.end > 1) break;
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
  const m: Mention = {
    start: first.start,
    end,
    text: written,
    sentence: s.index,
    words: tokens.slice(from, to).map((t) => key(t.raw)).filter(Boolean),
    evidence: extra.evidence,
    heading: s.heading,
  };
  if (extra.kind) m.kind = extra.kind;
  if (extra.country) m.country = extra.country;
  return m;
}

/** Coreference: countries by gazetteer, people by full name then by single surname or given name. */
function resolve(mentions: readonly Mention[]): Entity[] {
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

  const body = mentions.filter((m) => !m.heading);
  const multi = body.filter((m) => !m.country && m.words.length > 1 && m.kind !== 'organisation');
  const byFullName = new Map<string, Mention[]>();
  for (const m of multi) {
    const k = m.words.join(' ');
    const list = byFullName.get(k);
    if (list) list.push(m);
    else byFullName.set(k, [m]);
  }
  const bySurname = new Map<string, string[]>();
  for (const name of [...byFullName.keys()].sort((a, b) => b.length - a.length)) {
    const last = lastWord(name);
    const same = bySurname.get(last);
    if (same) same.push(name);
    else bySurname.set(last, [name]);
  }
  const canonical = new Map<string, string>();
  for (const names of bySurname.values()) {
    for (const name of names) {
      const longer = names.find(
        (other) =>
          other.length > name.length &&
          (containsWords(other, name) || (withoutInitials(name) === name && withoutInitials(other) === name)),
      );
      canonical.set(name, longer ? (canonical.get(longer) ?? longer) : name);
    }
  }
  const persons = new Map<string, { words: string[]; count: number; first: number; evidence: boolean }>();
  for (const [name, ms] of byFullName) {
    const canon = canonical.get(name)!;
    const p = persons.get(canon) ?? { words: canon.split(' '), count: 0, first: Infinity, evidence: false };
    p.count += ms.length;
    for (const m of ms) p.first = Math.min(p.first, m.start);
    p.evidence ||= ms.some((m) => m.kind === 'person' || !!m.label);
    persons.set(canon, p);
  }

  const surnames = new Map<string, string | undefined>();
  const surname = (word: string, personHint: boolean) => {
    const cacheKey = `${personHint ? 1 : 0}${word}`;
    if (surnames.has(cacheKey)) return surnames.get(cacheKey);
    let best: string | undefined;
    let bestScore = -1;
    for (const [canon, p] of persons) {
      const last = p.words[p.words.length - 1] === word;
      const firstWord = p.words[0] === word && (p.evidence || personHint);
      if (!last && !firstWord) continue;
      const score = (last ? 2 : 1) * 1e6 + p.count * 1e3 - Math.min(p.first, 999);
      if (score > bestScore) {
        bestScore = score;
        best = canon;
      }
    }
    surnames.set(cacheKey, best);
    return best;
  };

  const singles = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.country) {
      add(m.country.id, m.country.name, 'country', [], m);
      continue;
    }
    const k = m.words.join(' ');
    if (!k) continue;
    if (m.kind === 'organisation') {
      const name = ORG_BY_KEY.get(k) ?? m.text.replace(LEADING_THE_ANY_CASE, '');
      add(slug(name), name, 'organisation', m.words, m);
      continue;
    }
    const canon = canonical.get(k) ?? (m.words.length === 1 ? surname(k, m.kind === 'person') : undefined);
    if (canon) {
      const p = persons.get(canon)!;
      const surnameOnly = m.words.length === 1 && p.words.length > 1;
      const kind = p.evidence || m.kind === 'person' || surnameOnly ? 'person' : 'other';
      add(slug(canon), canon, kind, p.words, m);
      continue;
    }
    if (m.heading) continue;
    const list = singles.get(k);
    if (list) list.push(m);
    else singles.set(k, [m]);
  }
  for (const [k, ms] of singles) {
    const evidence = ms.some((m) => m.kind === 'person' || m.evidence);
    const kind: ActorKind = ms.some((m) => m.kind === 'person') ? 'person' : 'other';
    if (!evidence && ms.length < 2) continue;
    if (kind === 'other' && ms.length < 2) continue;
    for (const m of ms) add(slug(k), ms[0]!.text, kind, m.words, m);
  }
  // Headline mentions of names the body never resolves are left out; resolved ones are kept above.
  for (const e of entities.values()) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (e.kind !== 'country' && e.kind !== 'organisation') {
      const best = e.mentions.filter((m) => !m.heading).sort((a, b) => b.words.length - a.words.length)[0];
      if (best) e.name = best.text;
    }
  }
  return [...entities.values()]
    .filter((e) => e.mentions.some((m) => !m.heading) && (e.kind !== 'other' || e.mentions.length >= 2))
    .sort((a, b) => a.first - b.first);
}

/** "donald j trump" → "donald trump". */
function withoutInitials(name: string): string {
  return name
    .split(' ')
    .filter((w) => w.length > 1)
    .join(' ');
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

function containsWords(longer: string, shorter: string): boolean {
  const l = ` ${longer} `;
  return l.includes(` ${shorter} `);
}

function actorSentiment(e: Entity, sentences: readonly Sentence[], counts: readonly number[]): SentimentScore {
  const seen = new Set<number>();
  let score = 0;
  let tokens = 0;
  for (const m of e.mentions) {
    if (seen.has(m.sentence)) continue;
    seen.add(m.sentence);
    const s = sentences[m.sentence];
    if (!s) continue;
    score += s.sentiment.score;
    tokens += counts[m.sentence] ?? s.tokens.length;
  }
  return { score, comparative: tokens ? score / tokens : 0 };
}

interface PersonMention {
  at: number;
  id: string;
  sentence: number;
}

/** He/she: the first person named earlier in the quote's own sentence, else in the nearest sentence before it. */
function pronounReferent(at: number, people: readonly PersonMention[]): string | undefined {
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
function nameIndex(entities: readonly Entity[]): Map<string, Entity> {
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
function speakerId(name: string, at: number, names: ReadonlyMap<string, Entity>, people: readonly PersonMention[]): string | undefined {
  const k = key(name);
  if (PRONOUNS.has(k)) return pronounReferent(at, people);
  const words = k.split(' ').filter((w) => !isLabelWord(w) && !isLabelWord(`${w}.`) && !HONORIFICS.has(w));
  if (!words.length) return undefined;
  const joined = words.join(' ');
  return COUNTRY_BY_KEY.get(joined)?.id ?? names.get(joined)?.id;
}

/** What linkActors needs from each article. */
export interface LinkableArticle {
  actors: Actor[];
  quotes: Quote[];
  highlights: { quoted?: { speaker?: string } }[];
}

/**
 * Across the articles of one comparison, give a person named by one word ("Biden") the id their full name
 * has elsewhere ("joe-biden"): surname first, then given name, the most-mentioned when several fit; and a
 * name written with a middle initial ("Donald J. Trump") the id of the same name written without it.
 */
export function linkActors(articles: readonly LinkableArticle[]): void {
  const byLast = new Map<string, Map<string, number>>();
  const byFirst = new Map<string, Map<string, number>>();
  const count = (index: Map<string, Map<string, number>>, word: string, id: string, n: number) => {
    const ids = index.get(word) ?? new Map<string, number>();
    ids.set(id, (ids.get(id) ?? 0) + n);
    index.set(word, ids);
  };
  const people = new Set(articles.flatMap((a) => a.actors.filter((x) => x.kind === 'person').map((x) => x.id)));
  // "donald-j-trump" is "donald-trump" when another article writes the name without the initial.
  const withoutInitials = new Map<string, string>();
  for (const id of people) {
    const parts = id.split('-');
    const bare = parts.filter((w) => w.length > 1);
    if (bare.length >= 2 && bare.length < parts.length && people.has(bare.join('-'))) withoutInitials.set(id, bare.join('-'));
  }
  for (const a of articles) {
    for (const x of a.actors) {
      const id = withoutInitials.get(x.id) ?? x.id;
      const words = id.split('-');
      if (x.kind !== 'person' || words.length < 2) continue;
      count(byLast, words[words.length - 1]!, id, x.mentions.length);
      count(byFirst, words[0]!, id, x.mentions.length);
    }
  }
  const best = (ids: Map<string, number> | undefined) =>
    ids ? [...ids].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))[0]?.[0] : undefined;
  for (const a of articles) {
    const present = new Set(a.actors.map((x) => x.id));
    const renamed = new Map<string, string>();
    for (const x of a.actors) {
      if (x.kind !== 'person') continue;
      const target = x.id.includes('-') ? withoutInitials.get(x.id) : (best(byLast.get(x.id)) ?? best(byFirst.get(x.id)));
      if (!target || present.has(target)) continue;
      renamed.set(x.id, target);
      x.id = target;
    }
    if (!renamed.size) continue;
    for (const q of a.quotes) if (q.speaker && renamed.has(q.speaker)) q.speaker = renamed.get(q.speaker);
    for (const h of a.highlights) {
      const speaker = h.quoted?.speaker;
      if (speaker && renamed.has(speaker)) h.quoted!.speaker = renamed.get(speaker);
    }
  }
}
