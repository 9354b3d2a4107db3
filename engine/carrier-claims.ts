/**
 * Carriers checked against what they count and whom they name: a figure with no noun of its own must come with what
 * the fact says of it, a name word must name the person, not open another name, and an article must name the person
 * whose act a statement tells; an article that never names who or what a statement is about does not tell it, even in part,
 * nor does one that leaves out the rank a statement's claim is ("the largest exporter of salmon").
 */
import type { AlignmentResult, ComparableArticle } from './align';
import { articleNumbers, compiled, namesOf, statementScore, TO_CARRY, type ArticleIndex } from './coverage';
import type { FactDetail, FactTable } from './fact-table';
import { featureOfWord, type PreparedSentence } from './features';
import { numberHead } from './facts-numbers';
import { denied, predicates, says } from './facts-claims';
import { CALENDAR_WORDS, COMPASS_WORDS, COUNTRIES, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, US_STATES } from './lexicon/gazetteer';
import { REPORTING_LEMMAS, SPEECH_VERBS } from './lexicon/speech';
import { lemmaOf } from './markers-evaluative';
import { stem } from './tokens';
import type { Token } from './types';

/**
 * A count listed as told by a sentence where no noun says what the figure counts ("charges for four Harbour Board
 * members": a name stands between) is told there only where that sentence says what the sentences counting it
 * with the fact's noun say of them: one of their predicates ("charged" is not "convicted"). Otherwise it is
 * another thing of the same number, and that article tells the fact in part at most.
 */
export function verifyNumberCarriers(table: FactTable, alignment: AlignmentResult): void {
  const articleNo = articleNumbers(alignment);
  for (const d of table.details) {
    const q = d.quantity;
    if (d.fact.kind !== 'number' || !d.head || q?.kind !== 'count' || d.fact.presentIn.length < 2) continue;
    const sentenceOf = (id: string) => alignment.prepared[articleNo.get(id)!]![d.fact.sentences[id]!]!;
    /** The noun the figure counts in a carrying sentence, '' where none is near or the figure is not found. */
    const headIn = (s: PreparedSentence): string => {
      const o = s.quantities.find((o) => o.kind === 'count' && o.key === q.key);
      return o ? numberHead(s.sentence, o.start, o.end) : '';
    };
    const heads = new Map(d.fact.presentIn.map((id) => [id, headIn(sentenceOf(id))]));
    const own = d.fact.presentIn.filter((id) => heads.get(id) === d.head);
    if (!own.length) continue;
    const said = [...new Set(own.flatMap((id) => predicates(sentenceOf(id).sentence)))];
    if (!said.length) continue;
    for (const id of [...d.fact.presentIn]) {
      const head = heads.get(id)!;
      // another noun is one the meanings joined as naming the same thing ("five sites", "five locations")
      if (head) continue;
      const s = sentenceOf(id).sentence;
      if (said.some((p) => says(s, p, false)) || said.some((p) => says(s, p, true))) continue;
      table.demote(d, id);
    }
  }
}

/** Whether a word is written with a capital: a name's word inside running text. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a sentence names a person by their name word standing on its own: not as the first part of a longer name
 * ("Cohen Milstein", a law firm; "Trump Tower"; "Trump Jr." for his father), which names something else. A heading
 * capitalises every word, so any mention there counts.
 */
function namesAlone(s: PreparedSentence, stemmed: string, own: ReadonlySet<string>): boolean {
  const tokens = s.sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.stem !== stemmed) continue;
    const next = tokens[i + 1];
    if (s.sentence.heading || !next || !CAPITALISED.test(next.raw) || own.has(next.norm)) return true;
  }
  return false;
}

/**
 * A person in a role listed as named by an article whose every mention of their name word opens a longer name is not
 * named there: that article tells the fact in part at most.
 */
export function verifyPersonCarriers(table: FactTable, alignment: AlignmentResult, indexes: readonly ArticleIndex[]): void {
  const articleNo = articleNumbers(alignment);
  for (const d of table.details) {
    const key = d.person?.key;
    if (d.fact.kind !== 'person-role' || !key || d.fact.presentIn.length < 2) continue;
    const own = new Set((d.fact.text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
    const stemmed = stem(key);
    for (const id of [...d.fact.presentIn]) {
      const x = articleNo.get(id)!;
      // the sentences with the name word, by each sentence's set of stems
      const mentions = alignment.prepared[x]!.filter((_, i) => indexes[x]!.stemsBySentence[i]!.has(stemmed));
      if (!mentions.length || mentions.some((s) => namesAlone(s, stemmed, own))) continue;
      table.demote(d, id);
    }
  }
}

/**
 * The people a statement is about as its subject: person actors named in its shown sentence before the first verb,
 * where that verb says what they did ("Dana Brandt pleaded guilty …"), not that they spoke.
 */
function subjectPeople(s: PreparedSentence, article: ComparableArticle): string[] {
  const tokens = s.sentence.tokens;
  const at = tokens.findIndex((t) => t.pos === 'VERB');
  if (at < 0) return [];
  const verb = tokens[at]!;
  // one who says a clause ("Dana Brandt said the board will vote …") is its source: the claim is what was said; one
  // who warns or urges someone ("warned Lena Ortiz to stay away") does something
  if ((SPEECH_VERBS.has(verb.norm) || REPORTING_LEMMAS.has(lemmaOf(verb))) && governsClause(tokens, at)) return [];
  return peopleBefore(s, article, verb.start);
}

/** Tokens after a speech verb within which the clause it governs must have its subject and verb. */
const CLAUSE_REACH = 5;

/** Whether the speech verb at i governs a clause: "that", or a subject and a verb of its own soon after it. */
function governsClause(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.norm === 'that' || !/^[\p{L}\p{N}]/u.test(next.raw)) return true;
  let subject = false;
  for (let k = i + 1; k < tokens.length && k <= i + CLAUSE_REACH; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PART' || t.pos === 'ADP' || !/^[\p{L}\p{N}]/u.test(t.raw)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') subject = true;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return subject;
  }
  return false;
}

/** Each article's mentions of people by sentence, gathered once. */
const PEOPLE = new WeakMap<ComparableArticle, Map<number, { id: string; start: number; end: number }[]>>();

/** Person actors named in sentence s before offset `end`. */
function peopleBefore(s: PreparedSentence, article: ComparableArticle, end: number): string[] {
  let bySentence = PEOPLE.get(article);
  if (!bySentence) {
    bySentence = new Map();
    for (const actor of article.actors ?? []) {
      if (actor.kind !== 'person') continue;
      for (const m of actor.mentions) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push({ id: actor.id, start: m.start, end: m.end });
    }
    PEOPLE.set(article, bySentence);
  }
  const out: string[] = [];
  for (const m of bySentence.get(s.sentence.index) ?? []) if (m.start >= s.sentence.start && m.end <= end && !out.includes(m.id)) out.push(m.id);
  return out;
}

/**
 * Whether sentence t says the act of s's first verb of someone else: the same verb, with only other people named
 * before it ("Lena Ortiz warned …" for "The chairman warned …", where the chairman is Tomas Lee).
 */
function actOfAnother(s: PreparedSentence, subjects: readonly string[], t: PreparedSentence, article: ComparableArticle): boolean {
  const verb = s.sentence.tokens.find((k) => k.pos === 'VERB');
  if (!verb) return false;
  const lemma = lemmaOf(verb);
  const same = t.sentence.tokens.find((k) => k.pos === 'VERB' && lemmaOf(k) === lemma);
  if (!same) return false;
  const before = peopleBefore(t, article, same.start);
  return before.length > 0 && !before.some((a) => subjects.includes(a));
}

/** The carrier whose sentence a statement shows (its text, without quotation marks), with that sentence. */
export function shownSentence(d: FactDetail, alignment: AlignmentResult, articleNo: ReadonlyMap<string, number>): { repId: string; rep: PreparedSentence } | undefined {
  const shown = d.fact.text.replace(/["“”]/gu, '').trim();
  const sentenceOf = (id: string) => alignment.prepared[articleNo.get(id)!]![d.fact.sentences[id]!]!;
  const repId = d.fact.presentIn.find((id) => sentenceOf(id).sentence.text.replace(/["“”]/gu, '').trim() === shown);
  return repId === undefined ? undefined : { repId, rep: sentenceOf(repId) };
}

/**
 * A statement about what a named person did or said is not carried by an article that never names that person (by
 * name or by a role the article ties to them): a sentence there that shares its other words ("false statements")
 * says them of someone else. Nor by a sentence that gives the statement's act to another person ("Lena Ortiz
 * warned …" for "Tomas Lee warned …"). That article tells the statement in part at most.
 */
export function verifySubjectCarriers(table: FactTable, articles: readonly ComparableArticle[], alignment: AlignmentResult, indexes: readonly ArticleIndex[]): void {
  const articleNo = articleNumbers(alignment);
  for (const d of table.details) {
    if (d.fact.kind !== 'statement' || d.fact.presentIn.length < 2) continue;
    const shown = shownSentence(d, alignment, articleNo);
    if (!shown) continue;
    const { repId, rep } = shown;
    const x0 = articleNo.get(repId)!;
    const subjects = subjectPeople(rep, articles[x0]!);
    if (!subjects.length) continue;
    for (const id of [...d.fact.presentIn]) {
      const x = articleNo.get(id)!;
      if (id === repId || (subjects.every((a) => indexes[x]!.actorIds.has(a)) && !actOfAnother(rep, subjects, alignment.prepared[x]![d.fact.sentences[id]!]!, articles[x]!))) continue;
      table.demote(d, id);
    }
  }
}

/**
 * Whether sentence t says the verbs of s with the other polarity: every verb the two share is denied in s ("will not
 * miss") and said plainly in t ("missed"), or said plainly in s ("will open the pier") and denied in t ("unlikely to
 * open the pier"). Such a sentence says the opposite of s.
 */
export function oppositePolarity(s: PreparedSentence, t: PreparedSentence): boolean {
  const verbs = new Map<string, boolean>();
  s.sentence.tokens.forEach((k, i) => {
    if (k.pos === 'VERB' && k.content && !SPEECH_VERBS.has(k.norm)) verbs.set(k.stem, (verbs.get(k.stem) ?? false) || denied(s.sentence.tokens, i));
  });
  if (!verbs.size) return false;
  const said = new Map<string, boolean>();
  t.sentence.tokens.forEach((k, i) => {
    if (k.pos === 'VERB' && verbs.has(k.stem)) said.set(k.stem, (said.get(k.stem) ?? false) || denied(t.sentence.tokens, i));
  });
  if (!said.size) return false;
  // every verb the two share with one polarity in s and the other in t, the same way round for all
  let deniedInS = 0;
  for (const [stem, deniedInT] of said) {
    if (deniedInT === verbs.get(stem)) return false;
    if (!deniedInT) deniedInS++;
  }
  return deniedInS === 0 || deniedInS === said.size;
}

/**
 * Capitalised words a story writes in many ways, so an article that lacks one may still name the same thing:
 * countries, their other names and peoples ("U.S.", "America", "American"), US states ("Arizona", "Ariz."), titles
 * ("Secretary"), months and days.
 */
const LOOSE_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]).flatMap((n) => n.split(/\s+/u)),
    ...US_STATES.flatMap((s) => [s.name, ...s.abbreviations]).flatMap((n) => n.split(/\s+/u)),
    ...TITLE_HEADS,
    ...TITLE_MODIFIERS,
    ...HONORIFICS,
    ...CALENDAR_WORDS,
    ...COMPASS_WORDS,
  ].map(
    (w) => featureOfWord(w.toLowerCase().replaceAll('.', '')),
  ),
);

/**
 * A statement is about the people and the named things its carriers all name: what an article that names none of
 * one of them says "in part" of it (the topic's words, another claim about the same event) does not tell it, so that
 * article leaves it out. A person counts as named where the article mentions them (by name, or by a role it ties to
 * them) or has a word of their name that no other person's name has; a thing (a newspaper, a treaty, a place) where
 * the article has its name's word at all. Countries, peoples and titles are never this sign: a story writes them in too many ways; nor is the
 * speaker of what a statement tells.
 */
export function namesLeftOut(table: FactTable, articles: readonly ComparableArticle[], alignment: AlignmentResult, indexes: readonly ArticleIndex[]): void {
  const articleNo = articleNumbers(alignment);
  // per person actor of the set, the words of their names no other person's name has ("Lena", not a shared surname)
  const wordsOf = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const actor of a.actors ?? []) {
      if (actor.kind !== 'person') continue;
      const words = wordsOf.get(actor.id) ?? wordsOf.set(actor.id, new Set()).get(actor.id)!;
      for (const n of [actor.name, ...(actor.aliases ?? [])]) for (const w of n.split(/\s+/u)) words.add(featureOfWord(w.toLowerCase()));
    }
  }
  const people = new Map<string, number>();
  for (const words of wordsOf.values()) for (const f of words) people.set(f, (people.get(f) ?? 0) + 1);
  const named = (index: ArticleIndex, person: string) => index.actorIds.has(person) || [...wordsOf.get(person)!].some((f) => people.get(f) === 1 && index.byFeature.has(f));
  for (const d of table.details) {
    if (d.fact.kind !== 'statement' || !d.partial?.size || d.fact.presentIn.length < 2) continue;
    const carriers = d.fact.presentIn.map((id) => alignment.prepared[articleNo.get(id)!]![d.fact.sentences[id]!]!);
    const persons: string[] = [];
    const things: string[] = [];
    // a single capital is an initial or a party's letter ("D-Ariz."), no name of a thing
    for (const f of carriers[0]!.features) {
      if (!carriers.every((s) => s.features.includes(f))) continue;
      const person = f.startsWith('a:') && wordsOf.has(f.slice(2)) ? f.slice(2) : undefined;
      // one who only said it is its source: an article may tell what was said without them
      if (person) {
        if (!carriers.some((c) => speaks(c, articles[c.article]!, person))) persons.push(person);
      } else if (f.startsWith('w:') && f.length > 3 && !people.has(f) && !LOOSE_NAME_WORDS.has(f.replaceAll('.', '')) && carriers.filter((s) => namesOf(s).has(f)).length >= 2) {
        things.push(f);
      }
    }
    if (!persons.length && !things.length) continue;
    for (const id of [...d.partial]) {
      const index = indexes[articleNo.get(id) ?? -1];
      if (index && (persons.some((p) => !named(index, p)) || things.some((f) => !index.byFeature.has(f)))) d.partial.delete(id);
    }
  }
}

/** Tokens either side of a mention within which a speech verb makes its person the speaker ("Dana Brandt, said"). */
const SPEAKER_REACH = 3;

/**
 * Whether person `id` is a speaker in sentence s: the source of a quote in it, or named next to a speech verb ("…,"
 * Dana Brandt said; said Dana Brandt; Dana Brandt, the chair, told reporters).
 */
function speaks(s: PreparedSentence, article: ComparableArticle, id: string): boolean {
  const { start, end, tokens } = s.sentence;
  if (article.quotes?.some((q) => q.speaker === id && q.start < end && q.end > start)) return true;
  const actor = article.actors?.find((a) => a.id === id);
  for (const m of actor?.mentions ?? []) {
    if (m.sentence !== s.sentence.index) continue;
    const first = tokens.findIndex((t) => t.end > m.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++;
    for (let k = Math.max(0, first - SPEAKER_REACH); k <= Math.min(tokens.length - 1, last + SPEAKER_REACH); k++) {
      const t = tokens[k]!;
      if (t.pos === 'VERB' && (SPEECH_VERBS.has(t.norm) || REPORTING_LEMMAS.has(lemmaOf(t)))) return true;
    }
  }
  return false;
}

/**
 * The rank a sentence gives what it is about, as its claim: a superlative or "first" after a form of "be" ("Norway is
 * the largest exporter of salmon", "it was the first ferry strike"), with the noun it ranks after it. A superlative
 * elsewhere describes something on the way ("the world's two largest economies") and is no claim of the sentence.
 */
function rankWords(s: PreparedSentence): string[] {
  const out: string[] = [];
  const tokens = s.sentence.tokens;
  tokens.forEach((t, i) => {
    if (t.pos !== 'ADJ' || !/^\p{Ll}/u.test(t.raw)) return;
    const superlative = /^\p{Ll}{2,}est$/u.test(t.norm) && lemmaOf(t) !== t.norm;
    if ((superlative || t.norm === 'first') && afterCopula(tokens, i) && modifiesNoun(tokens, i)) out.push(featureOfWord(t.norm));
  });
  return out;
}

/** Tokens before an adjective within which a form of "be" must come, with only determiners and adverbs between. */
const COPULA_REACH = 3;

/** Whether the adjective at i follows a form of "be": "is the largest", "was now the first". */
function afterCopula(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - COPULA_REACH; k--) {
    const t = tokens[k]!;
    if ((t.pos === 'AUX' || t.pos === 'VERB') && lemmaOf(t) === 'be') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Tokens after an adjective within which the noun it modifies must come ("the largest steel exporter"). */
const NOUN_REACH = 3;

/** Whether the adjective at i modifies a noun after it: "the first visit", not "the first would curb …". */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + NOUN_REACH; k++) {
    const pos = tokens[k]!.pos;
    if (pos === 'NOUN' || pos === 'PROPN') return true;
    if (pos !== 'ADJ' && pos !== 'ADV') return false;
  }
  return false;
}

/**
 * A statement that ranks what it is about ("Norway is the largest exporter of salmon to Japan") says the rank:
 * a sentence that names the same things without it says something else of them. Such a carrier is none, and an
 * article whose sentence that says most of the statement lacks the rank does not tell it, even in part.
 */
export function ranksLeftOut(table: FactTable, alignment: AlignmentResult, indexes: readonly ArticleIndex[]): void {
  const articleNo = articleNumbers(alignment);
  for (const d of table.details) {
    if (d.fact.kind !== 'statement' || d.fact.presentIn.length < 2) continue;
    const shown = shownSentence(d, alignment, articleNo);
    const ranks = shown ? rankWords(shown.rep) : [];
    if (!ranks.length) continue;
    // the score of a sentence counts some of the next one: the rank may be said there
    const saysRanks = (x: number, at: number) => ranks.every((f) => [alignment.prepared[x]![at], alignment.prepared[x]![at + 1]].some((t) => t?.features.includes(f)));
    for (const id of [...d.fact.presentIn]) {
      if (id === shown!.repId || saysRanks(articleNo.get(id)!, d.fact.sentences[id]!)) continue;
      table.demote(d, id);
      d.partial!.delete(id);
    }
    // one telling it in part gives the rank where it says most of it
    const core = compiled(d, alignment);
    for (const id of [...(d.partial ?? [])]) {
      const x = articleNo.get(id);
      const at = x === undefined ? -1 : statementScore(core, indexes[x]!, TO_CARRY).sentence;
      if (x !== undefined && (at < 0 || !saysRanks(x, at))) d.partial!.delete(id);
    }
  }
}

