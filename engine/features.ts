/** Sentences made ready for matching: their numbers, actors and weighted features (stems, figures, actor ids). */
import { stem } from './tokens';
import { memoized } from './memo';
import { CONCEPTS } from './lexicon/concepts';
import { findQuantities, mayHaveQuantity, type Quantity } from './numbers';
import type { Actor, Highlight, Quote, Sentence, Token } from './types';
import { wordVectors, type WordVectors } from './word-vectors';

/** What compare() needs of an article: part 1's article model satisfies it. */
export interface ComparableArticle {
  id: string;
  text?: string;
  sentences: Sentence[];
  actors?: Actor[];
  quotes?: Quote[];
  /** Framing marks of part 1, sorted by offset: they classify the words that differ. */
  highlights?: Highlight[];
  /** Attribution verbs, neutral ones included: a verb that differs between outlets is still a difference. */
  attributions?: Highlight[];
}

/** A sentence made ready for matching: its numbers, actors and weighted features. */
export interface PreparedSentence {
  article: number;
  articleId: string;
  sentence: Sentence;
  /** Quantities with offsets into the article text. */
  quantities: Quantity[];
  /** Actor ids mentioned in the sentence. */
  actors: string[];
  /** Distinct matching features: `w:` content stems, `q:` quantity keys, `a:` actor ids. */
  features: string[];
}

const LIGHT_STEMS = new Set(['said', 'say', 'says', 'told', 'also', 'would', 'could', 'will', 'one', 'two']);

const CONCEPT = new Map<string, string>();

/** The `w:` feature a lower-cased word gives: its stem, or the concept it belongs to. */
export function featureOfWord(norm: string): string {
  return wordFeature(stem(norm));
}

/** The `w:` feature of a stem, one string per stem for the life of the engine (bounded). */
const wordFeature = memoized((stemmed: string) => `w:${CONCEPT.get(stemmed) ?? stemmed}`);
for (const words of CONCEPTS) for (const w of words) CONCEPT.set(stem(w), stem(words[0]!));

/**
 * "w:" and the stem itself, whatever concept it belongs to (the words of a sentence as written: its names, its nouns),
 * one string per stem for the life of the engine (bounded): sets of them are made for most sentences compared.
 */
export const stemFeature = memoized((stemmed: string) => `w:${stemmed}`);

/**
 * The word the vectors know behind each `w:` feature of the set being compared. Several words share a stem
 * ("government", "governor"); the one the vectors rank most frequent stands for it, so the choice depends on the
 * words of the set, never on their order or on sets compared before.
 */
const FEATURE_WORD = new Map<string, string>();
/** The vocabulary position of each feature's word in FEATURE_WORD (lower is more frequent). */
const FEATURE_RANK = new Map<string, number>();
/** Slots of PairCosines when empty, as a power of two: it doubles them whenever half are taken. */
const FIRST_BITS = 12;

/**
 * Cosines of word pairs worked out so far, by the words' vocabulary positions, each pair once in one open-addressed
 * table of numbers. Hand-written: a Map of Maps (one per word) took a look-up in a large map per pair asked, the
 * most frequent step of matching statements; no kept library offers a numeric pair table.
 */
class PairCosines {
  /** Key and cosine of each slot side by side (slot h at 2h and 2h + 1): a look-up reads one place in memory. */
  private slots = PairCosines.empty(FIRST_BITS);
  /** 32 less the table's bits: a key's slot is the top bits of its Fibonacci hash. */
  private shift = 32 - FIRST_BITS;
  private mask = (1 << FIRST_BITS) - 1;
  /** Pairs held. */
  size = 0;

  private static empty(bits: number): Float64Array {
    const slots = new Float64Array(2 << bits);
    for (let h = 0; h < slots.length; h += 2) slots[h] = -1;
    return slots;
  }

  /** The cosine of the pair at positions a and b (either order), or -1 when not worked out yet. */
  get(a: number, b: number, width: number): number {
    const key = a < b ? a * width + b : b * width + a;
    const slots = this.slots;
    const mask = this.mask;
    for (let h = Math.imul(key | 0, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const k = slots[2 * h]!;
      if (k === key) return slots[2 * h + 1]!;
      if (k === -1) return -1;
    }
  }

  set(a: number, b: number, width: number, cosine: number): void {
    if (4 * (this.size + 1) > this.slots.length) this.grow();
    this.put(a < b ? a * width + b : b * width + a, cosine);
    this.size++;
  }

  clear(): void {
    this.slots = PairCosines.empty(FIRST_BITS);
    this.shift = 32 - FIRST_BITS;
    this.mask = (1 << FIRST_BITS) - 1;
    this.size = 0;
  }

  private put(key: number, cosine: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let h = Math.imul(key | 0, 0x9e3779b1) >>> this.shift;
    while (slots[2 * h] !== -1) h = (h + 1) & mask;
    slots[2 * h] = key;
    slots[2 * h + 1] = cosine;
  }

  private grow(): void {
    const old = this.slots;
    const bits = 32 - this.shift + 1;
    this.slots = PairCosines.empty(bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    for (let h = 0; h < old.length; h += 2) if (old[h] !== -1) this.put(old[h]!, old[h + 1]!);
  }
}
const NEAR = new PairCosines();
const MAX_PAIRS = 500_000;
/** Cosine between word vectors from which two different words count as saying the same ("embraced", "welcomed"). */
export const NEAR_SYNONYM = 0.6;

function recordWord(f: string, t: Token, vectors: WordVectors): void {
  let word = t.lemma;
  // the vectors keep each word's position once it is looked up
  let at = word ? (vectors.indexOf(word) ?? -1) : -1;
  if (at < 0) {
    word = t.norm;
    at = vectors.indexOf(word) ?? -1;
    if (at < 0) return;
  }
  const known = FEATURE_RANK.get(f);
  if (known === undefined || at < known) {
    FEATURE_WORD.set(f, word!);
    FEATURE_RANK.set(f, at);
  }
}

/** The word the vectors know behind a `w:` feature ("welcomed" → "welcome"), if any. */
export function wordOfFeature(f: string): string | undefined {
  return FEATURE_WORD.get(f);
}

/** The vocabulary position of the word behind a `w:` feature (wordOfFeature), if any. */
export function rankOfFeature(f: string): number | undefined {
  return FEATURE_RANK.get(f);
}

/**
 * The most frequent English words, by their place in the word vectors' vocabulary (which lists words by frequency):
 * rare in a set of articles, such a word ("time", "business", "toward") still turns up in sentences about anything.
 */
const COMMON_IN_ENGLISH = 3000;

/** Whether a word feature is uncommon in English: past the most frequent words, or unknown to the vectors. */
export function uncommonInEnglish(f: string): boolean {
  return (FEATURE_RANK.get(f) ?? Infinity) >= COMMON_IN_ENGLISH;
}

/** Whether the vectors know a word behind the `w:` feature. */
export function hasWordVector(f: string): boolean {
  return FEATURE_WORD.has(f);
}

/**
 * How near in meaning the words behind two `w:` features are: the cosine of their word vectors, 0 when either
 * is not a word the vectors know. Pairs are cached, so a comparison asks the vectors once per pair.
 */
export function featureSimilarity(a: string, b: string, vectors?: WordVectors): number {
  if (a === b) return 1;
  const wa = FEATURE_RANK.get(a);
  if (wa === undefined) return 0;
  const wb = FEATURE_RANK.get(b);
  if (wb === undefined) return 0;
  if (wa === wb) return 1;
  const v = vectors ?? wordVectors();
  const sim = NEAR.get(wa, wb, v.size);
  return sim >= 0 ? sim : newPair(wa, wb, v);
}

/**
 * featureSimilarity of `a` against each of `bs`, into the first `bs.length` places of `out`, where `ranks` holds the
 * vocabulary position of the word behind each of `bs` (rankOfFeature, all known): a's cosines are looked up once
 * for the lot.
 */
export function featureSimilarities(a: string, bs: readonly string[], ranks: readonly number[], out: Float64Array): void {
  const wa = FEATURE_RANK.get(a);
  const vectors = wordVectors();
  const width = vectors.size;
  for (let k = 0; k < bs.length; k++) {
    if (a === bs[k]) {
      out[k] = 1;
      continue;
    }
    const wb = ranks[k]!;
    if (wa === undefined) out[k] = 0;
    else if (wa === wb) out[k] = 1;
    else {
      const sim = NEAR.get(wa, wb, width);
      out[k] = sim >= 0 ? sim : newPair(wa, wb, vectors);
    }
  }
}

/** The cosine of two words (by vocabulary position) not asked before (never below 0), kept in NEAR. */
function newPair(wa: number, wb: number, vectors: WordVectors): number {
  const sim = Math.max(0, vectors.similarityAt(wa, wb));
  if (NEAR.size + 1 > MAX_PAIRS) {
    NEAR.clear();
    return sim;
  }
  NEAR.set(wa, wb, vectors.size, sim);
  return sim;
}

/** Reads quantities and actor mentions of every sentence and lists its features. */
export function prepare(articles: ComparableArticle[]): PreparedSentence[][] {
  const vectors = wordVectors();
  FEATURE_WORD.clear();
  FEATURE_RANK.clear();
  return articles.map((article, a) => {
    // the id of the actor of each mention, by sentence, in the order the mentions come
    const actorsBySentence = new Map<number, string[]>();
    for (const actor of article.actors ?? []) {
      for (const m of actor.mentions) {
        const list = actorsBySentence.get(m.sentence);
        if (list) list.push(actor.id);
        else actorsBySentence.set(m.sentence, [actor.id]);
      }
    }
    return article.sentences.map((sentence) => {
      const quantities = mayHaveQuantity(sentence.tokens)
        ? findQuantities(sentence.text).map((q) => {
            // in place: the figure was made for this sentence alone, and a copy made by spreading it had a shape of its own
            q.start += sentence.start;
            q.end += sentence.start;
            return q;
          })
        : [];
      const mentions = actorsBySentence.get(sentence.index) ?? [];
      // a list kept distinct by hand, in the order met: a sentence has a few dozen features, fewer than a Set pays off for
      const features: string[] = [];
      for (const q of quantities) {
        if (q.kind === 'ordinal' || (q.kind === 'count' && q.value < 3)) continue;
        addOnce(features, `q:${q.key}`);
        if (q.kind === 'date' && q.date?.month !== undefined) addOnce(features, `q:month:${q.date.month}`);
      }
      const actors: string[] = [];
      for (const id of mentions) {
        if (!actors.includes(id)) actors.push(id);
        addOnce(features, `a:${id}`);
      }
      for (const t of sentence.tokens) {
        if (!t.content || LIGHT_STEMS.has(t.norm)) continue;
        if (quantities.length && quantities.some((q) => t.start >= q.start && t.end <= q.end && q.kind !== 'ordinal')) continue;
        const f = wordFeature(t.stem);
        addOnce(features, f);
        recordWord(f, t, vectors);
      }
      return { article: a, articleId: article.id, sentence, quantities, actors, features };
    });
  });
}

/** Adds f to the list unless it holds it already. */
function addOnce(list: string[], f: string): void {
  if (!list.includes(f)) list.push(f);
}

/** True for tokens that are words or numbers, not punctuation. */
export function isWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && WORD_CHAR.test(raw);
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Inverse document frequency of every feature, counting sentences as documents. */
export function inverseFrequencies(prepared: PreparedSentence[][]): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const article of prepared) {
    for (const s of article) {
      n++;
      for (const f of s.features) df.set(f, (df.get(f) ?? 0) + 1);
    }
  }
  const idf = new Map<string, number>();
  for (const [f, d] of df) {
    let w = Math.log(1 + n / d);
    if (f.startsWith('q:') && !f.startsWith('q:month:')) w *= 1.5;
    idf.set(f, w);
  }
  return idf;
}

