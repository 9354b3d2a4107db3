/**
 * Stories in a set of articles: articles that share enough rare words, names and figures are about one story;
 * a set a user drops together may hold several, and an article may be about none of the others'.
 */
import type { PreparedSentence } from './align';

/** Cosine of two articles' weighted features above which they tell one story. */
const SAME_STORY = 0.15;
/** Features an article is represented by: its heaviest, so long articles cost no more than short ones. */
const TOP_FEATURES = 120;
/** Articles looked at per feature when finding an article's neighbours: bounds the work on common words. */
const POSTINGS_CAP = 300;

/** Weighted, normalised feature vectors of the articles: their heaviest features shared with at least one other. */
function vectors(prepared: PreparedSentence[][]): Map<string, number>[] {
  const n = prepared.length;
  const perArticle = prepared.map((sentences) => {
    const tf = new Map<string, number>();
    for (const s of sentences) for (const f of s.features) if (!f.startsWith('q:month:')) tf.set(f, (tf.get(f) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of perArticle) for (const f of tf.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  return perArticle.map((tf) => {
    const features: string[] = [];
    const weights: number[] = [];
    tf.forEach((c, f) => {
      const d = df.get(f)!;
      // a feature of one article says nothing about what it shares
      if (d < 2) return;
      features.push(f);
      weights.push((1 + Math.log(c)) * Math.log(1 + n / d));
    });
    // the heaviest first, ties in the order met; positions sorted rather than a pair per feature
    const top = features
      .map((_, k) => k)
      .sort((a, b) => weights[b]! - weights[a]! || a - b)
      .slice(0, TOP_FEATURES);
    let sum = 0;
    for (const k of top) sum += weights[k]! * weights[k]!;
    const norm = Math.sqrt(sum);
    const v = new Map<string, number>();
    for (const k of top) v.set(features[k]!, norm ? weights[k]! / norm : 0);
    return v;
  });
}

/** Cosine similarity of every pair of articles that share a feature, found through an inverted index. */
export function articleSimilarities(prepared: PreparedSentence[][]): Map<number, number>[] {
  const vs = vectors(prepared);
  const postings = new Map<string, number[]>();
  vs.forEach((v, a) => {
    for (const f of v.keys()) {
      const list = postings.get(f);
      if (list) list.push(a);
      else postings.set(f, [a]);
    }
  });
  const out = vs.map(() => new Map<number, number>());
  vs.forEach((v, a) => {
    // forEach, not for…of: no [key, value] pair made per feature
    v.forEach((w, f) => {
      const list = postings.get(f)!;
      for (let k = 0; k < Math.min(list.length, POSTINGS_CAP); k++) {
        const b = list[k]!;
        if (b <= a) continue;
        out[a]!.set(b, (out[a]!.get(b) ?? 0) + w * vs[b]!.get(f)!);
      }
    });
    out[a]!.forEach((sim, b) => out[b]!.set(a, sim));
  });
  return out;
}

/**
 * Groups of article indexes, each one story, in the order of their first article; lone articles are their own
 * group. Average linkage: two groups join while the mean similarity of their articles stays above the bar, so a
 * chain of loosely related articles does not pull two stories together.
 */
export function splitStories(prepared: PreparedSentence[][], bar = SAME_STORY): number[][] {
  const n = prepared.length;
  if (n <= 2) return [prepared.map((_, i) => i)];
  const sims = articleSimilarities(prepared);
  // summed similarity between groups k and j, kept up to date as groups merge (n is at most a few hundred)
  const sum = new Float64Array(n * n);
  sims.forEach((m, a) => m.forEach((v, b) => (sum[a * n + b] = v)));
  const members = prepared.map((_, i) => [i]);
  const alive = prepared.map(() => true);
  for (;;) {
    let best = bar;
    let pk = -1;
    let pj = -1;
    for (let k = 0; k < n; k++) {
      if (!alive[k]) continue;
      for (let j = k + 1; j < n; j++) {
        if (!alive[j] || sum[k * n + j] === 0) continue;
        const mean = sum[k * n + j]! / (members[k]!.length * members[j]!.length);
        if (mean > best) {
          best = mean;
          pk = k;
          pj = j;
        }
      }
    }
    if (pk < 0) break;
    alive[pj] = false;
    members[pk]!.push(...members[pj]!);
    for (let x = 0; x < n; x++) {
      const v = sum[pk * n + x]! + sum[pj * n + x]!;
      sum[pk * n + x] = v;
      sum[x * n + pk] = v;
    }
  }
  return members.filter((_, k) => alive[k]).map((g) => g.sort((a, b) => a - b));
}
