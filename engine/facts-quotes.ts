/** Quote facts: direct quotes, one fact per quote however many articles give it, with the speaker they agree on. */
import type { AlignmentResult, ComparableArticle, PreparedSentence } from './align';
import { stem } from './tokens';
import type { FactDetail, FactTable } from './fact-table';
import { STOP_WORDS } from './lexicon/stop-words';
import { memoized } from './memo';
import { isFollowUp } from './newsroom';
import { sentenceAt } from './quotes';
import type { Quote, Sentence } from './types';

const UPPER = /^\p{Lu}/u;
const QUOTE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** QUOTE_WORD for a text of ASCII characters alone, where it matches the same words: a short class, not Unicode's. */
const QUOTE_WORD_ASCII = /[a-z0-9]+(?:'[a-z0-9]+)*/gi;
/** A code unit past ASCII (a surrogate of a character outside the BMP too). */
const NOT_ASCII = /[\u0080-\uffff]/;
const CURLY_APOSTROPHE = /’/gu;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'for', 'to', 'at', 'by', 'with']);
/** A quote is a fact of its own from a clause's worth of words on. */
const QUOTE_MIN_WORDS = 3;
/** Quotes looked at per content word when matching a new one: bounds the work on words many quotes share. */
const POSTINGS_CAP = 32;

/** A word with its curly apostrophes straightened. */
function straight(word: string): string {
  return word.includes('’') ? word.replace(CURLY_APOSTROPHE, "'") : word;
}

const NO_WORDS: readonly string[] = [];

/** Content stems of a piece of text: lower-cased words that are not stop words, stemmed. */
export function contentStems(text: string): string[] {
  const out = new Set<string>();
  // the matched words alone (match, not matchAll): no match object per word
  for (const word of text.match(NOT_ASCII.test(text) ? QUOTE_WORD : QUOTE_WORD_ASCII) ?? NO_WORDS) {
    const stemmed = contentStemOf(word);
    if (stemmed !== null) out.add(stemmed);
  }
  return [...out];
}

/**
 * A word's content stem as written, or null for a stop word; one answer per word for the life of the engine (bounded):
 * the texts of quotes and statements are read for their stems again and again.
 */
const contentStemOf = memoized((word: string): string | null => {
  const norm = straight(word.toLowerCase());
  return STOP_WORDS.has(norm) ? null : stem(norm);
});

/** “The Joe Rogan Experience”, “Pandora Papers”: a title in quotation marks, not someone's words. */
function isTitle(text: string): boolean {
  const words = text.match(QUOTE_WORD) ?? [];
  return words.length <= 6 && words.every((w, i) => UPPER.test(w) || /^\p{N}/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

function quoteWords(text: string): string[] {
  return (text.match(QUOTE_WORD) ?? NO_WORDS).map((w) => straight(w.toLowerCase()));
}

/** A word written as names are: a capital, then lower case ("Harbour", not "VERY"). */
const NAME_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * Content stems of a piece of text without the words written as names past its first: the speaker's own words, not
 * the names they speak of (words in capitals for emphasis stay).
 */
export function ownStems(text: string): string[] {
  return contentStems((text.match(QUOTE_WORD) ?? []).filter((w, i) => i === 0 || !NAME_CASE.test(w)).join(' '));
}

/**
 * Two quotes are one when one holds the other word for word, or when most of the shorter one's content words recur,
 * among them at least two of the speaker's own words (`ownA`, `ownB`: ownStems()) where it has two: names are what
 * the story is about, so "This is no problem for the Harbour Board." is not "… the Harbour Board a partner again."
 */
export function sameQuote(wordsA: string, stemsA: string[], wordsB: string, stemsB: string[], ownA: string[] = stemsA, ownB: string[] = stemsB): boolean {
  if (wordsA === wordsB) return true;
  const shortest = Math.min(stemsA.length, stemsB.length);
  if (shortest < 3) return holds(wordsA, wordsB) || holds(wordsB, wordsA);
  const setA = new Set(stemsA);
  let shared = 0;
  for (const s of stemsB) if (setA.has(s)) shared++;
  if (shared / shortest < 0.6) return false;
  const ownSet = new Set(ownA);
  let sharedOwn = 0;
  for (const s of ownB) if (ownSet.has(s)) sharedOwn++;
  return sharedOwn >= Math.min(2, ownA.length, ownB.length);
}

/** A quote fact's quote as one article gives it. */
export interface QuoteSource {
  article: number;
  quote: Quote;
}

/** The quotes behind each quote fact, in the order the articles give them. */
const SOURCES = new WeakMap<FactDetail, QuoteSource[]>();

/** The quotes, article by article, that a quote fact was made of. */
export function quoteSources(d: FactDetail): readonly QuoteSource[] {
  return SOURCES.get(d) ?? [];
}

/**
 * Whether words `a` hold words `b` in a row, from a word's start to a word's end, read with no spaces: "the town shows
 * some good will" holds "shows some goodwill" (a compound written open or closed), "casino dealer" does not hold "no deal".
 */
function holds(a: string, b: string): boolean {
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const w of a.split(' ')) {
    starts.add(at);
    at += w.length;
    ends.add(at);
  }
  const glued = a.replaceAll(' ', '');
  const part = b.replaceAll(' ', '');
  if (!part) return false;
  for (let i = glued.indexOf(part); i >= 0; i = glued.indexOf(part, i + 1)) if (starts.has(i) && ends.has(i + part.length)) return true;
  return false;
}

interface Cluster {
  words: string;
  stems: string[];
  own: string[];
  detail: FactDetail;
  key: string;
  text: string;
  speakers: Map<string, string>[];
}

/** Share of a quote's content words another quote must hold to say it, not a part of it. */
const QUOTE_HELD = 0.75;

/** The share of quote b's content words that quote a holds: all where a holds b's words in a row ("good will", "goodwill"). */
function cover(a: { words: string; stems: readonly string[] }, b: { words: string; stems: readonly string[] }): number {
  if (!b.stems.length) return 0;
  if (holds(a.words, b.words)) return 1;
  const set = new Set(a.stems);
  return b.stems.filter((st) => set.has(st)).length / b.stems.length;
}

/** Quote h is one of those quote fact d was made of. */
function addSource(d: FactDetail, h: { article: number; quote: Quote }): void {
  const sources = SOURCES.get(d);
  if (!sources) SOURCES.set(d, [{ article: h.article, quote: h.quote }]);
  // in the articles' order: a fact made from a later article's quote is carried by earlier ones too
  else if (sources.push({ article: h.article, quote: h.quote }) > 1 && sources.at(-2)!.article > h.article) sources.sort((x, y) => x.article - y.article);
}

/** A quote as one article gives it, kept to be matched with the quote facts made after it. */
interface Heard {
  article: number;
  quote: Quote;
  sentence: PreparedSentence;
  words: string;
  stems: string[];
  own: string[];
  speaker?: string;
  speakerName?: string;
}

/**
 * Quote facts of every article. A new quote is compared only with the quotes found through its content
 * words (an inverted index, capped per word), so many distinct quotes cost linear work, not quadratic.
 * A quote carries each quote fact whose words it holds for the most part; one that gives only a part of a longer
 * quote (“It's a bad plan.” of a quote of six remarks) tells that quote in part and is a fact of its own, which the
 * articles giving the longer quote carry too.
 */
export function quoteFacts(table: FactTable, articles: ComparableArticle[], alignment: AlignmentResult): void {
  const clusters: Cluster[] = [];
  const exact = new Map<string, Cluster>();
  const byStem = new Map<string, Cluster[]>();
  const heardByStem = new Map<string, Heard[]>();
  /** Entries of `index` found through the content stems, most recent first, capped per stem, that `same` accepts. */
  const lookUp = <T>(index: Map<string, T[]>, stems: string[], same: (t: T) => boolean): T[] => {
    const seen = new Set<T>();
    const out: T[] = [];
    for (const s of stems) {
      const list = index.get(s);
      if (!list) continue;
      for (let k = list.length - 1; k >= Math.max(0, list.length - POSTINGS_CAP); k--) {
        const t = list[k]!;
        if (seen.has(t)) continue;
        seen.add(t);
        if (same(t)) out.push(t);
      }
    }
    return out;
  };
  const join = (c: Cluster, h: Heard): void => {
    table.carry(c.key, 'quote', h.sentence, () => '');
    addSource(c.detail, h);
    c.detail.partial?.delete(h.sentence.articleId);
    if (h.speaker && h.speakerName) c.speakers.push(new Map([[h.speaker, h.speakerName]]));
  };
  const inPart = (c: Cluster, h: Heard): void => {
    if (!(h.sentence.articleId in c.detail.fact.sentences)) (c.detail.partial ??= new Set()).add(h.sentence.articleId);
  };
  articles.forEach((article, a) => {
    for (const quote of article.quotes ?? []) {
      const words = quoteWords(quote.text);
      // a word or two quoted (“almost entirely”) is the statement's wording, not a fact of its own
      if (words.length < QUOTE_MIN_WORDS) continue;
      const stems = contentStems(quote.text);
      // “You can count on it.”: a quote with one word of content says nothing a reader could miss
      if (stems.length < 2) continue;
      const sentence = sentenceAt(article.sentences, quote.start);
      if (!sentence) continue;
      // headlines capitalise every word, so a title-case quote there is still a quote
      if (!sentence.heading && isTitle(quote.text)) continue;
      // “More details will be announced in due course.”: a formula, no fact
      if (isFollowUp(quote.text)) continue;
      const joined = words.join(' ');
      const own = ownStems(quote.text);
      const heard: Heard = { article: a, quote, sentence: alignment.prepared[a]![sentence.index]!, words: joined, stems, own, speaker: quote.speaker, speakerName: quote.speakerName };
      const same = exact.get(joined);
      // the quote given word for word, and the longer quotes it is a part of
      const matches = lookUp(byStem, stems, (c) => c !== same && sameQuote(c.words, c.stems, joined, stems, c.own, own));
      if (same) matches.unshift(same);
      let told = false;
      for (const c of matches) {
        if (cover(heard, c) < QUOTE_HELD) {
          inPart(c, heard);
          continue;
        }
        join(c, heard);
        if (cover(c, heard) >= QUOTE_HELD) told = true;
      }
      if (!told) {
        const text = quote.text.length > 160 ? `${quote.text.slice(0, quote.text.lastIndexOf(' ', 150))}…` : quote.text;
        const key = `q:${clusters.length}`;
        const detail = table.carry(key, 'quote', heard.sentence, () => `“${text.trim().replace(/[,;:]$/u, '')}”`);
        // other articles tell it by the speaker's own words, not by the names it mentions (where it has three)
        detail.stems = own.length >= 3 ? own : stems;
        const made: Cluster = { words: joined, stems, own, detail, key, text: detail.fact.text, speakers: [] };
        if (quote.speaker && quote.speakerName) made.speakers.push(new Map([[quote.speaker, quote.speakerName]]));
        addSource(detail, heard);
        // the articles that gave it before, within a longer quote or in part
        for (const h of lookUp(heardByStem, stems, (h) => h.article !== a && sameQuote(h.words, h.stems, joined, stems, h.own, own))) {
          if (cover(h, made) >= QUOTE_HELD) join(made, h);
          else inPart(made, h);
        }
        clusters.push(made);
        exact.set(joined, made);
        for (const st of stems) {
          const list = byStem.get(st);
          if (list) list.push(made);
          else byStem.set(st, [made]);
        }
      }
      for (const st of stems) {
        const list = heardByStem.get(st);
        if (list) list.push(heard);
        else heardByStem.set(st, [heard]);
      }
    }
  });
  for (const c of clusters) {
    const count = new Map<string, number>();
    for (const m of c.speakers) for (const id of m.keys()) count.set(id, (count.get(id) ?? 0) + 1);
    const need = c.detail.fact.presentIn.length > 1 ? 2 : 1;
    const agreed = [...count].find(([, n]) => n >= need);
    if (!agreed) continue;
    c.detail.speaker = agreed[0];
    const name = c.speakers.map((m) => m.get(agreed[0])).find((n) => n && /^\p{Lu}/u.test(n) && !/^(?:He|She|They|It)$/u.test(n));
    if (name) c.detail.fact.text = `${c.text} (${name})`;
  }
}

/** Share of a remark's own words a sentence must repeat to carry the statement the remark makes. */
const REMARK_CARRIED = 0.6;
/** Own words of a remark a sentence repeats, short of carrying it, to tell it in part. */
const REMARK_IN_PART = 2;

/** The words of sentence s inside quote q of the article. */
function quotedPart(article: ComparableArticle, q: Quote, s: Sentence): string {
  const from = Math.max(q.start, s.start);
  const to = Math.min(q.end, s.end);
  if (from >= to) return '';
  return article.text ? article.text.slice(from, to) : s.text.slice(from - s.start, to - s.start);
}

/** Per sentence of the article, in order: the content stems of the quoted words in it, with their speaker. */
function quotedBySentence(article: ComparableArticle): Map<number, { speaker?: string; stems: string[] }[]> {
  const out = new Map<number, { speaker?: string; stems: string[] }[]>();
  for (const q of article.quotes ?? []) {
    for (let s = sentenceAt(article.sentences, q.start); s && s.start < q.end; s = article.sentences[s.index + 1]) {
      const stems = contentStems(quotedPart(article, q, s));
      if (!stems.length) continue;
      const list = out.get(s.index);
      if (list) list.push({ speaker: q.speaker, stems });
      else out.set(s.index, [{ speaker: q.speaker, stems }]);
    }
  }
  return new Map([...out].sort((x, y) => x[0] - y[0]));
}

/**
 * A statement told in a sentence cut from inside a longer quote ("It won't be easy." of “We will see. It won't be
 * easy. They will pay for it.”) says that one remark. Another article's sentence aligned with it that repeats fewer of
 * the remark's own words than it must to carry it, and more words of another sentence of the same quote, says the
 * remark next to it, not this one: it tells it in part where it repeats two of the remark's own words, else not at
 * all. An article whose own quotes of the same speaker (or unattributed ones in a sentence naming the speaker)
 * repeat the remark carries it there.
 */
export function remarksByTheirWords(table: FactTable, articles: readonly ComparableArticle[], alignment: AlignmentResult): void {
  const byId = new Map(articles.map((a, x) => [a.id, x]));
  const saidIn: Map<number, { speaker?: string; stems: string[] }[]>[] = [];
  for (const d of table.details) {
    if (d.fact.kind !== 'statement') continue;
    const source = Object.entries(d.fact.sentences).find(([id, at]) => articles[byId.get(id)!]?.sentences[at]?.text.trim() === d.fact.text);
    if (!source) continue;
    const article = articles[byId.get(source[0])!]!;
    const sentence = article.sentences[source[1]]!;
    const quote = (article.quotes ?? []).find((q) => q.start < sentence.start && q.end > sentence.start);
    if (!quote) continue;
    const remarkText = quotedPart(article, quote, sentence);
    const remark = new Set(contentStems(remarkText));
    const own = ownStems(remarkText);
    if (!own.length) continue;
    const siblings = article.sentences
      .filter((s) => s !== sentence && s.start < quote.end && s.end > quote.start)
      .map((s) => new Set(contentStems(quotedPart(article, quote, s))));
    const need = Math.max(1, Math.ceil(own.length * REMARK_CARRIED));
    const speaker = quote.speaker;
    let changed = false;
    for (const [id, at] of Object.entries(d.fact.sentences)) {
      if (id === source[0]) continue;
      const words = contentStems(articles[byId.get(id)!]!.sentences[at]!.text);
      const ofRemark = words.filter((w) => remark.has(w)).length;
      const ofOwn = own.filter((w) => words.includes(w)).length;
      const ofSibling = Math.max(0, ...siblings.map((sib) => words.filter((w) => sib.has(w)).length));
      if (ofOwn >= need || ofSibling <= ofRemark) continue;
      d.fact.presentIn.splice(d.fact.presentIn.indexOf(id), 1);
      delete d.fact.sentences[id];
      if (ofOwn >= REMARK_IN_PART) (d.partial ??= new Set()).add(id);
      changed = true;
    }
    if (speaker)
      articles.forEach((a, x) => {
        if (a.id in d.fact.sentences) return;
        const at = [...(saidIn[x] ??= quotedBySentence(a))].find(([k, said]) => {
          const named = alignment.prepared[x]![k]!.actors.includes(speaker);
          const words = new Set(said.flatMap((q) => (q.speaker ? q.speaker === speaker : named) ? q.stems : []));
          return own.filter((w) => words.has(w)).length >= need;
        })?.[0];
        if (at === undefined) return;
        d.fact.presentIn.push(a.id);
        d.fact.sentences[a.id] = at;
        d.partial?.delete(a.id);
        changed = true;
      });
    if (changed) table.regroup(d);
  }
}
