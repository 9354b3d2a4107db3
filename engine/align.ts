/** Alignment: groups sentences of different articles that tell the same thing. */
import { prepare, type ComparableArticle, type PreparedSentence } from './features';

export { featureOfWord, inverseFrequencies, isWord, prepare, type ComparableArticle, type PreparedSentence } from './features';

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

/** Groups looked at per feature when finding candidates: bounds the work on very common terms. */
const POSTINGS_CAP = 64;
/** Members of a candidate group compared one by one. */
const MEMBERS_COMPARED = 3;
/** Groups remembered per exact wording (wire copy in several articles); bounds the work on repeated lines. */
const VERBATIM_GROUPS = 8;
/** Candidates fully scored per sentence. */
const CANDIDATES = 6;
/** The candidates of the sentence being placed, reused from sentence to sentence. */
const topCandidates: number[] = [];
/** Weight under which a term is too common to find candidates with (in about a quarter of all sentences). */
const COMMON = Math.log(1 + 4);
/** Sentences in a comparison from which very common terms stop finding candidates (small sets need them). */
const LARGE = 100;
/** How much of the overlap with the shorter sentence counts. */
const OVERLAP_DISCOUNT = 0.85;

interface Cluster {
  members: PreparedSentence[];
  articles: Set<number>;
  /** Feature number → summed weight of the members. */
  centre: Map<number, number>;
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
 * The features of one comparison numbered in the order met, with their weights: the grouping below looks features
 * up by number, which reads no string (a look-up by a feature's text hashed and compared it each time).
 */
class FeatureNumbers {
  /** Each sentence's features as numbers, in the same order. */
  readonly of = new Map<PreparedSentence, number[]>();
  /** IDF weight by number. */
  readonly weight: number[] = [];
  /** Whether the feature is a specific figure (FIGURE), by number. */
  readonly figure: boolean[] = [];
  /** Each sentence's norm under the weights (sentenceNorm), worked out with its numbers. */
  readonly norm = new Map<PreparedSentence, number>();
  /**
   * The weights by feature: inverseFrequencies (features.ts) worked out here, from the counts the numbering makes,
   * and in the same order, so that a feature is looked up once per sentence that has it, not three times.
   */
  readonly idf = new Map<string, number>();
  private readonly sets = new Map<PreparedSentence, Set<number>>();

  constructor(prepared: PreparedSentence[][]) {
    const number = new Map<string, number>();
    const features: string[] = [];
    /** Sentences that have each feature, by number. */
    const uses: number[] = [];
    let sentences = 0;
    for (const article of prepared) {
      for (const s of article) {
        sentences++;
        this.of.set(
          s,
          s.features.map((f) => {
            let n = number.get(f);
            if (n === undefined) {
              n = features.length;
              number.set(f, n);
              features.push(f);
              uses.push(0);
            }
            uses[n]!++;
            return n;
          }),
        );
      }
    }
    features.forEach((f, n) => {
      let w = Math.log(1 + sentences / uses[n]!);
      if (f.startsWith('q:') && !f.startsWith('q:month:')) w *= 1.5;
      this.idf.set(f, w);
      this.weight.push(w);
      this.figure.push(FIGURE.test(f));
    });
    this.of.forEach((ids, s) => {
      let sum = 0;
      for (const n of ids) sum += this.weight[n]! ** 2;
      this.norm.set(s, Math.sqrt(sum));
    });
  }

  /** A sentence's feature numbers as a set. */
  setOf(s: PreparedSentence): Set<number> {
    let set = this.sets.get(s);
    if (!set) this.sets.set(s, (set = new Set(this.of.get(s)!)));
    return set;
  }
}

function sharesFigure(ids: readonly number[], c: Cluster, numbers: FeatureNumbers): boolean {
  for (const f of ids) if (numbers.figure[f] && c.centre.has(f)) return true;
  return false;
}

/**
 * Similarity of a sentence to a group's mean: the cosine, raised towards the overlap with the shorter
 * of the two when one sentence says the fact and more (outlets differ much in sentence length).
 */
function score(ids: readonly number[], sNorm: number, c: Cluster, numbers: FeatureNumbers): { cos: number; shared: number } {
  let dot = 0;
  let shared = 0;
  for (const f of ids) {
    const cw = c.centre.get(f);
    if (cw === undefined) continue;
    dot += numbers.weight[f]! * cw;
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
  const numbers = new FeatureNumbers(prepared);
  const idf = numbers.idf;
  const clusters: Cluster[] = [];
  /** Groups by feature number. */
  const index: number[][] = [];
  const groupOf: number[][] = prepared.map((a) => new Array<number>(a.length).fill(-1));

  const addTo = (ci: number, s: PreparedSentence) => {
    const c = clusters[ci]!;
    c.members.push(s);
    c.articles.add(s.article);
    for (const f of numbers.of.get(s)!) {
      const w = numbers.weight[f]!;
      const old = c.centre.get(f);
      if (old === undefined) {
        const postings = index[f];
        if (postings) postings.push(ci);
        else index[f] = [ci];
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
    const ids = numbers.of.get(s)!;
    for (const f of ids) {
      const postings = index[f];
      if (!postings) continue;
      const w = numbers.weight[f]!;
      // very common terms score the candidates found through rarer ones but do not find candidates themselves
      if (skipCommon && w < COMMON && ids.length > 3) continue;
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
    // the CANDIDATES groups that share the most weight, ties in the order found: the first of a stable sort of all
    const candidates = topCandidates;
    candidates.length = 0;
    for (const ci of touched) {
      const v = acc[ci]!;
      if (!(v > 0) || (candidates.length === CANDIDATES && !(v > acc[candidates[CANDIDATES - 1]!]!))) continue;
      let k = Math.min(candidates.length, CANDIDATES - 1);
      for (; k > 0 && v > acc[candidates[k - 1]!]!; k--) candidates[k] = candidates[k - 1]!;
      candidates[k] = ci;
    }
    let best = -1;
    let bestCos = 0;
    if (candidates.length) {
      const sNorm = numbers.norm.get(s)!;
      // candidates that share much less weight than the best one cannot win
      const floor = acc[candidates[0]!]! * 0.4;
      for (let r = 0; r < candidates.length && acc[candidates[r]!]! >= floor; r++) {
        const ci = candidates[r]!;
        const c = clusters[ci]!;
        const { cos: centre, shared } = score(ids, sNorm, c, numbers);
        let cos = centre;
        // a group is also as close as its closest member (the first few): long and short tellings differ
        if (c.members.length > 1 && centre < JOIN) {
          for (let k = 0; k < Math.min(c.members.length, MEMBERS_COMPARED); k++) {
            cos = Math.max(cos, pairScore(ids, sNorm, c.members[k]!, numbers));
          }
        }
        const needed = shared >= 3 && sharesFigure(ids, c, numbers) ? JOIN_WITH_FIGURE : JOIN;
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

  // the same sentence word for word (wire copy, quotes) joins the group that already has it: the wording found by a
  // hash of its feature numbers, then compared number by number (no key string joined per sentence)
  const verbatim = new Map<number, Wording[]>();
  for (const article of prepared) {
    for (const s of article) {
      const ids = numbers.of.get(s)!;
      const hash = ids.length > 2 ? hashOf(ids) : 0;
      const same = ids.length > 2 ? verbatim.get(hash)?.find((w) => sameNumbers(w.ids, ids))?.groups : undefined;
      let best = same?.find((ci) => !clusters[ci]!.articles.has(s.article)) ?? -1;
      if (best < 0 && s.features.length) best = bestGroup(s, -1);
      if (best < 0) best = newCluster();
      addTo(best, s);
      // a few groups per wording: one text repeating a line thousands of times must not make this quadratic
      if (ids.length > 2 && (!same || (same.length < VERBATIM_GROUPS && !same.includes(best)))) {
        if (same) same.push(best);
        else {
          const wordings = verbatim.get(hash);
          if (wordings) wordings.push({ ids, groups: [best] });
          else verbatim.set(hash, [{ ids, groups: [best] }]);
        }
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
      for (const m of c.members) sum += score(numbers.of.get(m)!, numbers.norm.get(m)!, c, numbers).cos;
    }
    for (const m of c.members) groupOf[m.article]![m.sentence.index] = gi;
    groups.push({ id: `g${gi}`, members: c.members, similarity: c.members.length > 1 ? sum / c.members.length : 1 });
  }
  return { prepared, idf, groups, groupOf };
}

/** One wording met (a sentence's feature numbers) and the groups that have it. */
interface Wording {
  ids: readonly number[];
  groups: number[];
}

/** A hash of a list of feature numbers (FNV-1a over the numbers). */
function hashOf(ids: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const n of ids) h = Math.imul(h ^ n, 0x01000193);
  return h | 0;
}

/** Whether two lists of feature numbers are the same, in the same order. */
function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The group score of a sentence (its feature numbers `ids`) against one member. */
function pairScore(ids: readonly number[], aNorm: number, b: PreparedSentence, numbers: FeatureNumbers): number {
  const setB = numbers.setOf(b);
  let dot = 0;
  let shared = 0;
  for (const f of ids) {
    if (!setB.has(f)) continue;
    dot += numbers.weight[f]! ** 2;
    shared++;
  }
  if (shared < 2) return 0;
  const bNorm = numbers.norm.get(b)!;
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
