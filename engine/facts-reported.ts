/**
 * Quotes told in reported speech: an article that says, in its own words, that the quote's speaker said what the
 * quote says ("Brandt said the council would not give them free rein along the coast") tells that quote.
 */
import type { AlignmentResult, ComparableArticle } from './align';
import { featureOfWord, featureSimilarity, hasWordVector, isWord, NEAR_SYNONYM, wordOfFeature } from './features';
import { pronounReferent, type PersonMention } from './actor-speakers';
import { REPORTED_SPEECH_VERBS, REQUEST_VERBS, SPEAKER_AUXILIARIES } from './lexicon/reported-speech';
import { clauseAfterVerb, reportedClauses } from './markers-reported';
import type { Span } from './text';
import { figuresAgree, type Quantity } from './numbers';
import { sentenceAt } from './quotes';
import type { FactDetail, FactTable } from './fact-table';
import type { QuoteSource } from './facts-quotes';
import type { Sentence, Token } from './types';
import { wordSenses } from './word-senses';

/** A clause an article gives as what a speaker said: the actor and the clause's tokens, [from, to) in its sentence. */
export interface Report {
  sentence: number;
  speaker: string;
  from: number;
  to: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const NEGATIONS = new Set(['not', "n't", 'never']);
const QUOTE_MARK = /^["“”‘’«»']$/u;

interface Mention extends Span {
  id: string;
  person: boolean;
  sentence: number;
}

/** The actor mentions of an article, in text order. */
function mentionsOf(article: ComparableArticle): Mention[] {
  const out: Mention[] = [];
  for (const actor of article.actors ?? []) {
    for (const m of actor.mentions) out.push({ start: m.start, end: m.end, id: actor.id, person: actor.kind === 'person', sentence: m.sentence });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The article's person mentions in text order, for "he"/"she" (pronounReferent, the rule quotes' speakers follow). */
function peopleOf(mentions: readonly Mention[]): PersonMention[] {
  return mentions.filter((m) => m.person).map((m) => ({ at: m.start, id: m.id, sentence: m.sentence }));
}

/** The actor tokens [from, to) name: he or she, else the person (or, with none, the last actor) mentioned there. */
function actorOf(tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[], people: readonly PersonMention[]): string | undefined {
  if (from < 0 || to <= from) return undefined;
  if (to - from === 1 && SUBJECT_PRONOUNS.has(tokens[from]!.norm)) return pronounReferent(tokens[from]!.start, people);
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const inside = mentions.filter((m) => m.start < end && m.end > start);
  return (inside.filter((m) => m.person).at(-1) ?? inside.at(-1))?.id;
}

/**
 * What an article reports its speakers (all, or those asked about) said, clause by clause, in its own words: the reported clauses the framing
 * marks read (markers-reported.ts: "Brandt said (that) …", "…, said Brandt", "According to Brandt, …") whose speaker is
 * named or he/she, and "Brandt, who said (that) …". A clause that reports a direct quote's words is the quote's.
 */
export function reportsOf(article: ComparableArticle, speakers?: ReadonlySet<string>): Report[] {
  const mentions = mentionsOf(article);
  const people = peopleOf(mentions);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const out: Report[] = [];
  for (const s of article.sentences) {
    if (s.heading) continue;
    const tokens = s.tokens;
    const names = bySentence.get(s.index) ?? [];
    // only the sentences that name one of the speakers asked about, or say he or she
    if (speakers && !names.some((m) => speakers.has(m.id)) && !tokens.some((t) => SUBJECT_PRONOUNS.has(t.norm))) continue;
    // and only those with a verb of saying or asking, or "according to", in them
    if (!tokens.some(saysOrAsks)) continue;
    const ranges: [number, number][] = [];
    reportedClauses(tokens, names, ranges).forEach(([from, to], i) => {
      const [first, last] = ranges[i]!;
      const id = actorOf(tokens, first, last, mentions, people);
      // "Brandt never said …", "…, Brandt never said": from the speaker to the verb, what was not said
      if (!id || (last <= from ? negatedBetween(tokens, first, from) : negatedBetween(tokens, to, last + 2))) return;
      if (to > from) out.push({ sentence: s.index, speaker: id, from: pastThat(tokens, from, to), to });
    });
    // "Dana Brandt, who said (that) …", "Brandt told the board on Monday that …": a verb of saying after its speaker
    for (let v = 1; v < tokens.length; v++) {
      const t = tokens[v]!;
      if (t.pos !== 'VERB' || t.negated || !REPORTED_SPEECH_VERBS.has(t.lemma ?? t.norm)) continue;
      const id = subjectOf(tokens, v, names, people);
      const clause = id && clauseAfterVerb(tokens, v);
      if (!clause || out.some((r) => r.sentence === s.index && r.speaker === id && r.from < clause[1] && clause[0] < r.to)) continue;
      out.push({ sentence: s.index, speaker: id, from: clause[0], to: clause[1] });
    }
  }
  return out;
}

/** Whether a token may report speech (markers-reported.ts reads which): a verb of saying or asking, "according". */
function saysOrAsks(t: Token): boolean {
  if (t.norm === 'according') return true;
  if (t.pos !== 'VERB' && t.pos !== undefined) return false;
  const lemma = t.lemma ?? t.norm;
  return REPORTED_SPEECH_VERBS.has(lemma) || REQUEST_VERBS.has(lemma) || lemma === 'call' || lemma === 'ask';
}

/**
 * The speaker right before a verb of saying (past auxiliaries and adverbs): a name, he or she, or a name and ", who";
 * none where the verb is negated ("did not say") or attributes a direct quote ("“…,” Brandt said").
 */
function subjectOf(tokens: readonly Token[], v: number, names: readonly Mention[], people: readonly PersonMention[]): string | undefined {
  let k = v - 1;
  while (k > 0 && (SPEAKER_AUXILIARIES.has(tokens[k]!.norm) || tokens[k]!.pos === 'ADV')) {
    if (NEGATIONS.has(tokens[k]!.norm)) return undefined;
    k--;
  }
  const t = tokens[k]!;
  if (t.norm === 'who') {
    const comma = tokens[k - 1];
    const named = comma?.raw === ',' && k > 1 ? names.find((m) => m.end <= comma.start && m.end >= tokens[k - 2]!.end) : undefined;
    return named?.id;
  }
  const named = SUBJECT_PRONOUNS.has(t.norm) ? undefined : names.find((m) => m.start <= t.start && t.end <= m.end);
  const first = named ? tokens.findIndex((x) => x.start >= named.start) : k;
  // "“…,” Brandt said …": the verb attributes the quote before it
  if (QUOTE_MARK.test(tokens[first - 1]?.raw ?? '') || (tokens[first - 1]?.raw === ',' && QUOTE_MARK.test(tokens[first - 2]?.raw ?? ''))) return undefined;
  if (named) return named.id;
  return SUBJECT_PRONOUNS.has(t.norm) ? pronounReferent(t.start, people) : undefined;
}

/** Whether tokens [from, to) hold a negation or a negated verb. */
function negatedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (NEGATIONS.has(tokens[k]!.norm) || (tokens[k]!.negated && tokens[k]!.pos === 'VERB')) return true;
  return false;
}

/** Past an addressee and adjuncts to the "that" that opens what was said ("the crews on Monday that …"), where one does. */
function pastThat(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.norm === 'that') return k + 1 < to ? k + 1 : from;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || QUOTE_MARK.test(t.raw)) return from;
  }
  return from;
}

/** How much of a quote's weight a reported clause must say to tell it, and to tell it in part. */
const CARRIES_SHARE = 0.5;
const PART_SHARE = 0.25;
/** Quotes of a quote fact compared, the first articles' wordings. */
const SOURCES = 3;
/** The speaker's own words (not names) a reported clause must repeat, in the same word or its lemma. */
const OWN_WORDS = 2;
/** How much a word naming the same thing in other words counts ("free rein" for "open season" does not). */
const SYNONYM_WEIGHT = 0.6;

/** A quote's content words: features, lemma features, weights, whether written as a name; and its figures. */
interface Words {
  f: string[];
  lemma: string[];
  w: number[];
  name: boolean[];
  /** Each word's place among the words: words side by side make one phrase. */
  at: number[];
  figures: Quantity[];
}

const NAME_CASE = /^\p{Lu}/u;

/**
 * The content words of tokens [from, to) of each sentence given, skipping those `skip` says (other quotes, the
 * speaker's name); a word is a name where tagged so or capitalised past its sentence's first word.
 */
function wordsOf(parts: readonly { s: Sentence; from: number; to: number; quantities: readonly Quantity[] }[], idf: ReadonlyMap<string, number>, skip: (t: Token) => boolean): Words {
  const out: Words = { f: [], lemma: [], w: [], name: [], at: [], figures: [] };
  let place = 0;
  for (const { s, from, to, quantities } of parts) {
    place++;
    const start = s.tokens[from]?.start ?? s.end;
    const end = to > from ? s.tokens[to - 1]!.end : start;
    const figures = quantities.filter((q) => q.start >= start && q.end <= end && q.kind !== 'ordinal');
    out.figures.push(...figures);
    let first = true;
    for (let k = from; k < to; k++) {
      const t = s.tokens[k]!;
      const word = isWord(t.raw);
      const opens = first && word;
      if (opens) first = false;
      if (word) place++;
      if (!t.content || skip(t)) continue;
      if (figures.some((q) => t.start >= q.start && t.end <= q.end)) continue;
      const f = featureOfWord(t.norm);
      if (out.f.includes(f)) continue;
      out.at.push(place);
      out.f.push(f);
      out.lemma.push(featureOfWord(t.lemma ?? t.norm));
      out.w.push(idf.get(f) ?? 0);
      out.name.push(t.pos === 'PROPN' || (!opens && k > 0 && NAME_CASE.test(t.raw)));
    }
  }
  return out;
}

/** How much of a quote a reported clause says: share of the quote's weight, words matched, and whether figures agree. */
export interface ReportMatch {
  share: number;
  /** Quote words the clause says, and how many of them are not names. */
  matched: number;
  own: number;
  /** The quote's words that are not names. */
  ownWords: number;
  /** Places in the quote the own words said come from: words side by side ("the northern coast") are one place. */
  places: number;
  /** The quote's figures are all in the clause (true when it has none). */
  figures: boolean;
}

/** Whether two words can stand for each other: near in the vectors and naming the same thing in WordNet. */
function sameMeaning(f: string, g: string): boolean {
  if (!hasWordVector(f) || !hasWordVector(g) || featureSimilarity(f, g) < NEAR_SYNONYM) return false;
  const a = wordOfFeature(f);
  const b = wordOfFeature(g);
  const senses = wordSenses();
  return a !== undefined && b !== undefined && senses.has(a) && senses.has(b) && senses.sameThing(a, b);
}

/** How much of quote words `q` clause words `c` say: the same word or lemma in full, a word of the same meaning in part. */
export function matchReport(q: Words, c: Words): ReportMatch {
  let total = 0;
  let said = 0;
  let matched = 0;
  let own = 0;
  const ownAt: number[] = [];
  const used = new Set<number>();
  for (let i = 0; i < q.f.length; i++) {
    const w = q.w[i]!;
    total += w;
    let j = c.f.indexOf(q.f[i]!);
    if (j < 0) j = c.lemma.indexOf(q.lemma[i]!);
    if (j < 0) j = c.f.indexOf(q.lemma[i]!);
    if (j < 0) j = c.lemma.indexOf(q.f[i]!);
    if (j >= 0) {
      used.add(j);
      said += w;
      matched++;
      if (!q.name[i]) {
        own++;
        ownAt.push(q.at[i]!);
      }
      continue;
    }
    if (q.name[i]) continue;
    for (let k = 0; k < c.f.length; k++) {
      if (used.has(k) || c.name[k] || !sameMeaning(q.f[i]!, c.f[k]!)) continue;
      used.add(k);
      said += w * SYNONYM_WEIGHT;
      matched++;
      break;
    }
  }
  const figures = q.figures.every((x) => c.figures.some((y) => y.key === x.key || figuresAgree(y, x)));
  const ownWords = q.name.filter((n) => !n).length;
  ownAt.sort((a, b) => a - b);
  let places = ownAt.length ? 1 : 0;
  for (let k = 1; k < ownAt.length; k++) if (ownAt[k]! > ownAt[k - 1]! + 1) places++;
  return { share: total > 0 ? said / total : 0, matched, own, ownWords, places, figures };
}

/** What one speaker is said to have said in one sentence, with its words and their lemmas as one set. */
type Told = Words & { sentence: number; speaker: string; said: Set<string> };

/** Quotes of three words or more are quotes of their own (facts-quotes.ts). */
const LONG_QUOTE_WORDS = 3;
const QUOTE_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Articles that report a quote fact's speaker saying what it says, in their own words, carry it (most of its words,
 * figures agreeing) or tell it in part (some of them). A reported clause tells one quote at most, the one it says
 * most of, and a quote is told by the clause of an article that says most of it: two remarks of one speaker on one
 * topic are not joined through a clause that says a little of each.
 */
export function reportedQuotes(table: FactTable, articles: readonly ComparableArticle[], alignment: AlignmentResult, sourcesOf: (d: FactDetail) => readonly QuoteSource[]): void {
  const quotes = table.details.filter((d) => d.fact.kind === 'quote');
  if (!quotes.length) return;
  const idf = alignment.idf;
  // what each speaker is said to have said in each sentence, all its clauses together ("Brandt said …, and she noted …"),
  // by speaker: a quote is compared only with what its own speaker is said to have said
  let bySpeaker: Map<string, { x: number; told: Told }[]> | undefined;
  const toldBy = (speaker: string) => {
    bySpeaker ??= toldBySpeaker(articles, alignment, new Set(quotes.map((q) => speakerOf(sourcesOf(q).slice(0, SOURCES)) ?? '')));
    return bySpeaker.get(speaker) ?? [];
  };
  const found: { d: FactDetail; x: number; clause: Told; m: ReportMatch }[] = [];
  for (const d of quotes) {
    const sources = sourcesOf(d).slice(0, SOURCES);
    const speaker = speakerOf(sources);
    if (!speaker) continue;
    const candidates = toldBy(speaker).filter(({ x }) => !(articles[x]!.id in d.fact.sentences));
    if (!candidates.length) continue;
    // every sentence a quote runs over
    const words = sources.map(({ article, quote }) => {
      const sentences = articles[article]!.sentences;
      const parts = [];
      for (let x = sentenceAt(sentences, quote.start); x && x.start < quote.end; x = sentences[x.index + 1]) {
        const from = Math.max(0, x.tokens.findIndex((t) => t.start >= quote.start));
        let to = from;
        while (to < x.tokens.length && x.tokens[to]!.end <= quote.end) to++;
        parts.push({ s: x, from, to, quantities: alignment.prepared[article]![x.index]!.quantities });
      }
      return wordsOf(parts, idf, () => false);
    });
    for (const { x, told } of candidates) {
      let best: ReportMatch | undefined;
      for (const w of words) {
        // two of the speaker's own words at least, the same or their lemmas (names are what the story is about), or
        // all where the quote has fewer: looked at before any word is compared by meaning
        if (ownSaid(w, told) < Math.max(1, Math.min(OWN_WORDS, w.name.filter((n) => !n).length))) continue;
        const m = matchReport(w, told);
        // from two places of the quote: a phrase both share ("the northern coast") is what both talk about
        if (m.places < Math.min(OWN_WORDS, m.ownWords)) continue;
        if (!best || m.share > best.share) best = m;
      }
      if (best && best.share >= PART_SHARE) found.push({ d, x, clause: told, m: best });
    }
  }
  // each clause to the quote it says most of; each quote to the clause of an article that says most of it
  const bestOfClause = new Map<object, number>();
  for (const f of found) bestOfClause.set(f.clause, Math.max(bestOfClause.get(f.clause) ?? 0, f.m.share));
  const kept = new Map<string, (typeof found)[number]>();
  for (const f of found) {
    if (f.m.share < bestOfClause.get(f.clause)!) continue;
    const key = `${table.details.indexOf(f.d)}\u0000${f.x}`;
    const k = kept.get(key);
    if (!k || f.m.share > k.m.share) kept.set(key, f);
  }
  for (const { d, x, clause, m } of kept.values()) {
    if (m.share >= CARRIES_SHARE && m.figures) {
      table.add(d, alignment.prepared[x]![clause.sentence]!);
      d.partial?.delete(articles[x]!.id);
    } else (d.partial ??= new Set()).add(articles[x]!.id);
  }
}

/** What each speaker is said to have said, sentence by sentence, in every article. */
function toldBySpeaker(articles: readonly ComparableArticle[], alignment: AlignmentResult, speakers: ReadonlySet<string>): Map<string, { x: number; told: Told }[]> {
  const out = new Map<string, { x: number; told: Told }[]>();
  articles.forEach((a, x) => {
    const long = (a.quotes ?? []).filter((q) => (q.text.match(QUOTE_WORD)?.length ?? 0) >= LONG_QUOTE_WORDS);
    const grouped = new Map<string, Report[]>();
    for (const r of reportsOf(a, speakers)) {
      if (!speakers.has(r.speaker)) continue;
      const key = `${r.sentence}\u0000${r.speaker}`;
      const same = grouped.get(key);
      if (same) same.push(r);
      else grouped.set(key, [r]);
    }
    for (const reports of grouped.values()) {
      const { sentence, speaker } = reports[0]!;
      const s = a.sentences[sentence]!;
      const names = (a.actors ?? []).find((actor) => actor.id === speaker)?.mentions ?? [];
      // the words of a quote a clause long are that quote's, compared as a quote (facts-quotes.ts); the speaker's
      // own name is not what they said
      const skip = (t: Token) => long.some((q) => q.start <= t.start && t.end <= q.end) || names.some((m) => m.start <= t.start && t.end <= m.end);
      const quantities = alignment.prepared[x]![sentence]!.quantities;
      const words = wordsOf(reports.map((r) => ({ s, from: r.from, to: r.to, quantities })), alignment.idf, skip);
      const told = { sentence, speaker, ...words, said: new Set([...words.f, ...words.lemma]) };
      const list = out.get(speaker);
      if (list) list.push({ x, told });
      else out.set(speaker, [{ x, told }]);
    }
  });
  return out;
}

/** How many of a quote's words that are not names a clause says, the same or by their lemma. */
function ownSaid(q: Words, c: Told): number {
  let n = 0;
  for (let i = 0; i < q.f.length; i++) if (!q.name[i] && (c.said.has(q.f[i]!) || c.said.has(q.lemma[i]!))) n++;
  return n;
}

/** The speaker every source of a quote that names one agrees on. */
function speakerOf(sources: readonly QuoteSource[]): string | undefined {
  let id: string | undefined;
  for (const { quote } of sources) {
    if (!quote.speaker) continue;
    if (id && quote.speaker !== id) return undefined;
    id = quote.speaker;
  }
  return id;
}
