import { stem } from './tokens';
import { findQuantities, mayHaveQuantity, type Quantity } from './numbers';
import type { Actor, Highlight, Quote, Sentence } from './types';

/** What compare() needs of an article: part 1's article model satisfies it. */
export interface ComparableArticle {
  id: string;
  text?: string;
  sentences: Sentence[];
  actors?: Actor[];
  quotes?: Quote[];
  /** Framing marks of part 1, sorted by offset: they classify the words that differ. */
  highlights?: Highlight[];
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

/** A group of sentences, at most one per article, that tell the same thing. */
export interface SentenceGroup {
  id: string;
  members: PreparedSentence[];
  /** Mean cosine of the members to the group's centre, 0..1. */
  similarity: number;
}

/** Sentences, IDF weights and groups of the whole comparison. */
export interface AlignmentResult {
  prepared: PreparedSentence[][];
  idf: Map<string, number>;
  groups: SentenceGroup[];
  /** groupOf[article][sentence] = index into groups. */
  groupOf: number[][];
}

// A hand-written inverted index over groups rather than a search library (lunr, minisearch): those rank
// documents for a query, while this needs groups that change as sentences join, one member per article.

/** Score (cosine, raised by overlap) a sentence needs with a group to join it. */
const JOIN = 0.34;
/** The lower bar when the sentences share a specific figure (an amount, a percentage, a count, a date). */
const JOIN_WITH_FIGURE = 0.18;
const FIGURE = /^q:(?:money|percent|count|duration|date:\d*-\d+-\d)/u;

function sharesFigure(s: PreparedSentence, c: Cluster): boolean {
  for (const f of s.features) if (FIGURE.test(f) && c.centre.has(f)) return true;
  return false;
}

/** Groups looked at per feature when finding candidates: bounds the work on very common terms. */
const POSTINGS_CAP = 64;
/** Members of a candidate group compared one by one. */
const MEMBERS_COMPARED = 3;
/** Candidates fully scored per sentence. */
const CANDIDATES = 6;
/** Weight under which a term is too common to find candidates with (in about a quarter of all sentences). */
const COMMON = Math.log(1 + 4);
/** Sentences in a comparison from which very common terms stop finding candidates (small sets need them). */
const LARGE = 100;
/** How much of the overlap with the shorter sentence counts. */
const OVERLAP_DISCOUNT = 0.85;
const LIGHT_STEMS = new Set(['said', 'say', 'says', 'told', 'also', 'would', 'could', 'will', 'one', 'two']);

/**
 * Words news reports use for one another, matched as one feature. A short list kept by hand: general
 * thesauri (WordNet) are large and join senses no reader would ("cut" and "wound").
 */
const CONCEPTS: string[][] = [
  ['talks', 'talk', 'negotiations', 'negotiate', 'negotiators', 'discussions', 'discuss', 'meet', 'meeting'],
  ['call', 'conversation', 'chat', 'dialogue'],
  ['officials', 'teams', 'representatives', 'delegation', 'delegates'],
  ['agreement', 'agreed', 'accord', 'deal', 'truce', 'pact'],
  ['reduce', 'cut', 'lower', 'lowered', 'slash', 'trim', 'lessen', 'decrease'],
  ['dependence', 'depend', 'dependent', 'reliance', 'rely'],
  ['increase', 'raise', 'hike', 'boost', 'rise', 'rose', 'jump', 'climb', 'surge'],
  ['restrictions', 'restrict', 'ban', 'curb'],
  ['invitation', 'invite'],
  ['death', 'die', 'died', 'kill', 'killed', 'dead'],
  ['tariffs', 'duties', 'levies'],
  ['children', 'child', 'kids', 'kid'],
  ['vaccine', 'shot', 'jab'],
];
const CONCEPT = new Map<string, string>();
const WORD_FEATURES = new Map<string, string>();

/** The `w:` feature a lower-cased word gives: its stem, or the concept it belongs to. */
export function featureOfWord(norm: string): string {
  return wordFeature(stem(norm));
}

/** The `w:` feature of a stem, one string per stem for the life of the engine (bounded). */
function wordFeature(stemmed: string): string {
  let f = WORD_FEATURES.get(stemmed);
  if (f === undefined) {
    if (WORD_FEATURES.size > 50_000) WORD_FEATURES.clear();
    f = `w:${CONCEPT.get(stemmed) ?? stemmed}`;
    WORD_FEATURES.set(stemmed, f);
  }
  return f;
}
for (const words of CONCEPTS) for (const w of words) CONCEPT.set(stem(w), stem(words[0]!));

/** Reads quantities and actor mentions of every sentence and lists its features. */
export function prepare(articles: ComparableArticle[]): PreparedSentence[][] {
  return articles.map((article, a) => {
    const actorsBySentence = new Map<number, (Actor['mentions'][number] & { id: string })[]>();
    for (const actor of article.actors ?? []) {
      for (const m of actor.mentions) {
        const list = actorsBySentence.get(m.sentence) ?? [];
        list.push({ ...m, id: actor.id });
        actorsBySentence.set(m.sentence, list);
      }
    }
    return article.sentences.map((sentence) => {
      const quantities = mayHaveQuantity(sentence.tokens)
        ? findQuantities(sentence.text).map((q) => ({ ...q, start: q.start + sentence.start, end: q.end + sentence.start }))
        : [];
      const mentions = actorsBySentence.get(sentence.index) ?? [];
      const features = new Set<string>();
      for (const q of quantities) {
        if (q.kind === 'ordinal' || (q.kind === 'count' && q.value < 3)) continue;
        features.add(`q:${q.key}`);
        if (q.kind === 'date' && q.date?.month !== undefined) features.add(`q:month:${q.date.month}`);
      }
      const actors: string[] = [];
      for (const m of mentions) {
        if (!actors.includes(m.id)) actors.push(m.id);
        features.add(`a:${m.id}`);
      }
      for (const t of sentence.tokens) {
        if (!t.content || LIGHT_STEMS.has(t.norm)) continue;
        if (quantities.length && quantities.some((q) => t.start >= q.start && t.end <= q.end && q.kind !== 'ordinal')) continue;
        features.add(wordFeature(t.stem));
      }
      return { article: a, articleId: article.id, sentence, quantities, actors, features: [...features] };
    });
  });
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

interface Cluster {
  members: PreparedSentence[];
  articles: Set<number>;
  /** Feature → summed weight of the members. */
  centre: Map<string, number>;
  norm2: number;
}

const norms = new WeakMap<string[], { idf: Map<string, number>; norm: number }>();
function sentenceNorm(features: string[], idf: Map<string, number>): number {
  const cached = norms.get(features);
  if (cached && cached.idf === idf) return cached.norm;
  let s = 0;
  for (const f of features) s += idf.get(f)! ** 2;
  const norm = Math.sqrt(s);
  norms.set(features, { idf, norm });
  return norm;
}

/**
 * Similarity of a sentence to a group's mean: the cosine, raised towards the overlap with the shorter
 * of the two when one sentence says the fact and more (outlets differ much in sentence length).
 */
function score(s: PreparedSentence, sNorm: number, c: Cluster, idf: Map<string, number>): { cos: number; shared: number } {
  let dot = 0;
  let shared = 0;
  for (const f of s.features) {
    const cw = c.centre.get(f);
    if (cw === undefined) continue;
    dot += idf.get(f)! * cw;
    shared++;
  }
  if (!sNorm || !c.norm2) return { cos: 0, shared };
  const n = c.members.length;
  const cNorm = Math.sqrt(c.norm2) / n;
  const meanDot = dot / n;
  const cos = meanDot / (sNorm * cNorm);
  const overlap = meanDot / Math.min(sNorm * sNorm, cNorm * cNorm);
  return { cos: Math.max(cos, Math.sqrt(cos * Math.min(1, overlap)) * OVERLAP_DISCOUNT), shared };
}

/**
 * Groups sentences that tell the same thing across articles. Each sentence is compared only with the
 * groups found through an inverted index of its features (capped per feature), so the work grows with
 * the number of sentences, not with their pairs.
 */
export function align(articles: ComparableArticle[], prepared: PreparedSentence[][] = prepare(articles)): AlignmentResult {
  const idf = inverseFrequencies(prepared);
  const clusters: Cluster[] = [];
  const index = new Map<string, number[]>();
  const groupOf: number[][] = prepared.map((a) => new Array<number>(a.length).fill(-1));

  const addTo = (ci: number, s: PreparedSentence) => {
    const c = clusters[ci]!;
    c.members.push(s);
    c.articles.add(s.article);
    for (const f of s.features) {
      const w = idf.get(f)!;
      const old = c.centre.get(f);
      if (old === undefined) {
        const postings = index.get(f);
        if (postings) postings.push(ci);
        else index.set(f, [ci]);
      }
      const now = (old ?? 0) + w;
      c.centre.set(f, now);
      c.norm2 += now * now - (old ?? 0) * (old ?? 0);
    }
    groupOf[s.article]![s.sentence.index] = ci;
  };

  const skipCommon = prepared.reduce((n, a) => n + a.length, 0) >= LARGE;
  // candidate scores by group: a dense array and the list of groups touched, reset after each sentence
  let acc = new Float64Array(1024);
  const touched: number[] = [];
  const bestGroup = (s: PreparedSentence, own: number): number => {
    if (acc.length < clusters.length) {
      const grown = new Float64Array(clusters.length * 2);
      grown.set(acc);
      acc = grown;
    }
    for (const f of s.features) {
      const postings = index.get(f);
      if (!postings) continue;
      const w = idf.get(f)!;
      // very common terms score the candidates found through rarer ones but do not find candidates themselves
      if (skipCommon && w < COMMON && s.features.length > 3) continue;
      const n = Math.min(postings.length, POSTINGS_CAP);
      // the newest groups first: with the cap, recent articles' groups stay reachable
      for (let k = postings.length - 1; k >= postings.length - n; k--) {
        const ci = postings[k]!;
        const v = acc[ci]!;
        if (v < 0) continue;
        if (v === 0) {
          if (ci === own || !clusters[ci]!.members.length || clusters[ci]!.articles.has(s.article)) {
            acc[ci] = -1;
            touched.push(ci);
            continue;
          }
          touched.push(ci);
        }
        acc[ci] = v + w;
      }
    }
    const candidates: number[] = [];
    for (const ci of touched) if (acc[ci]! > 0) candidates.push(ci);
    let best = -1;
    let bestCos = 0;
    if (candidates.length) {
      const sNorm = sentenceNorm(s.features, idf);
      candidates.sort((x, y) => acc[y]! - acc[x]!);
      // candidates that share much less weight than the best one cannot win
      const floor = acc[candidates[0]!]! * 0.4;
      for (let r = 0; r < Math.min(candidates.length, CANDIDATES) && acc[candidates[r]!]! >= floor; r++) {
        const ci = candidates[r]!;
        const c = clusters[ci]!;
        const { cos: centre, shared } = score(s, sNorm, c, idf);
        let cos = centre;
        // a group is also as close as its closest member (the first few): long and short tellings differ
        if (c.members.length > 1 && centre < JOIN) {
          for (let k = 0; k < Math.min(c.members.length, MEMBERS_COMPARED); k++) {
            cos = Math.max(cos, pairScore(s, sNorm, c.members[k]!, idf));
          }
        }
        const needed = shared >= 3 && sharesFigure(s, c) ? JOIN_WITH_FIGURE : JOIN;
        if (shared >= 2 && cos >= needed && cos > bestCos) {
          bestCos = cos;
          best = ci;
        }
      }
    }
    for (const ci of touched) acc[ci] = 0;
    touched.length = 0;
    return best;
  };
  const newCluster = (): number => {
    clusters.push({ members: [], articles: new Set(), centre: new Map(), norm2: 0 });
    return clusters.length - 1;
  };

  // the same sentence word for word (wire copy, quotes) joins the group that already has it
  const verbatim = new Map<string, number[]>();
  for (const article of prepared) {
    for (const s of article) {
      const key = s.features.length > 2 ? s.features.join('\u0000') : '';
      const same = key ? verbatim.get(key) : undefined;
      let best = same?.find((ci) => !clusters[ci]!.articles.has(s.article)) ?? -1;
      if (best < 0 && s.features.length) best = bestGroup(s, -1);
      if (best < 0) best = newCluster();
      addTo(best, s);
      if (key && !same?.includes(best)) {
        if (same) same.push(best);
        else verbatim.set(key, [best]);
      }
    }
  }
  // Second pass: a sentence left alone may now fit a group that later articles filled out.
  for (const article of prepared.slice(0, -1)) {
    for (const s of article) {
      const own = groupOf[s.article]![s.sentence.index]!;
      if (clusters[own]!.members.length !== 1 || !s.features.length) continue;
      const best = bestGroup(s, own);
      if (best < 0) continue;
      const left = clusters[own]!;
      left.members.length = 0;
      left.articles.clear();
      left.centre.clear();
      left.norm2 = 0;
      addTo(best, s);
    }
  }

  const groups: SentenceGroup[] = [];
  for (const c of clusters) {
    if (!c.members.length) continue;
    const gi = groups.length;
    let sum = 0;
    if (c.members.length > 1) {
      for (const m of c.members) sum += score(m, sentenceNorm(m.features, idf), c, idf).cos;
    }
    for (const m of c.members) groupOf[m.article]![m.sentence.index] = gi;
    groups.push({ id: `g${gi}`, members: c.members, similarity: c.members.length > 1 ? sum / c.members.length : 1 });
  }
  return { prepared, idf, groups, groupOf };
}

const featureSets = new WeakMap<PreparedSentence, Set<string>>();
function featureSet(s: PreparedSentence): Set<string> {
  let set = featureSets.get(s);
  if (!set) {
    set = new Set(s.features);
    featureSets.set(s, set);
  }
  return set;
}

/** The group score of a sentence against one member. */
function pairScore(a: PreparedSentence, aNorm: number, b: PreparedSentence, idf: Map<string, number>): number {
  const setB = featureSet(b);
  let dot = 0;
  let shared = 0;
  for (const f of a.features) {
    if (!setB.has(f)) continue;
    dot += idf.get(f)! ** 2;
    shared++;
  }
  if (shared < 2) return 0;
  const bNorm = sentenceNorm(b.features, idf);
  if (!aNorm || !bNorm) return 0;
  const cos = dot / (aNorm * bNorm);
  const overlap = dot / Math.min(aNorm * aNorm, bNorm * bNorm);
  return Math.max(cos, Math.sqrt(cos * Math.min(1, overlap)) * OVERLAP_DISCOUNT);
}

/** Cosine similarity of two prepared sentences under the given weights. */
export function similarity(a: PreparedSentence, b: PreparedSentence, idf: Map<string, number>): number {
  const setB = new Set(b.features);
  let dot = 0;
  for (const f of a.features) if (setB.has(f)) dot += (idf.get(f) ?? 0) ** 2;
  const na = sentenceNorm(a.features, idf);
  const nb = sentenceNorm(b.features, idf);
  return na && nb ? dot / (na * nb) : 0;
}
