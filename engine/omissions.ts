import { featureOfWord, type AlignmentResult, type ComparableArticle, type PreparedSentence } from './align';
import { stem } from './tokens';
import { contentStems, type FactDetail, type FactSet } from './facts';
import { datesCompatible, figuresAgree, type Quantity } from './numbers';
import type { Omission } from './types';

/** Share of a statement's shared features an article must say in one or two neighbouring sentences. */
const STATEMENT_COVERED = 0.4;
/** Shared features of a statement that count: a group that drew in many wordings keeps its heaviest. */
const CORE_MAX = 24;
/** Carrying articles consulted for an anchor: the nearest aligned neighbour is usually found in the first few. */
const ANCHOR_CARRIERS = 6;
/** How much a word that only shares its first letters with the fact's word counts. */
const PREFIX_WEIGHT = 0.7;
const MONTH_OF = /^q:date:\d*-(\d+)-\d+$/u;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/u;
/** Share of a quote's content words that counts as reporting it in other words. */
const QUOTE_COVERED = 0.45;

/** Per-article lookups, each built on first use: which sentences carry a feature, which words occur. */
class ArticleIndex {
  private byFeatureMap?: Map<string, number[]>;
  private byPrefixMap?: Map<string, { i: number; f: string }[]>;
  private stems?: Set<string>[];
  private datesList?: { q: Quantity; sentence: number }[];

  /** Scratch space for scoring sentences, zero between uses. */
  readonly scratch: Float64Array;
  readonly stamps: Int32Array;
  readonly touched: number[] = [];
  stampId = 0;

  constructor(private readonly sentences: PreparedSentence[]) {
    this.scratch = new Float64Array(sentences.length + 1);
    this.stamps = new Int32Array(sentences.length + 1);
  }

  get size(): number {
    return this.sentences.length;
  }

  get byFeature(): Map<string, number[]> {
    if (!this.byFeatureMap) {
      const byFeature = new Map<string, number[]>();
      const byPrefix = new Map<string, { i: number; f: string }[]>();
      for (const s of this.sentences) {
        for (const f of s.features) {
          const list = byFeature.get(f);
          if (list) list.push(s.sentence.index);
          else byFeature.set(f, [s.sentence.index]);
          const p = prefixOf(f);
          if (!p) continue;
          const entry = { i: s.sentence.index, f };
          const plist = byPrefix.get(p);
          if (plist) plist.push(entry);
          else byPrefix.set(p, [entry]);
        }
      }
      this.byFeatureMap = byFeature;
      this.byPrefixMap = byPrefix;
    }
    return this.byFeatureMap;
  }

  /** Sentences by the first letters of their word stems: "agreement" and "agreed" meet at "agre". */
  get byPrefix(): Map<string, { i: number; f: string }[]> {
    void this.byFeature;
    return this.byPrefixMap!;
  }

  get stemsBySentence(): Set<string>[] {
    this.stems ??= this.sentences.map((s) => new Set(s.sentence.tokens.filter((t) => t.content).map((t) => t.stem)));
    return this.stems;
  }

  get dates(): { q: Quantity; sentence: number }[] {
    this.datesList ??= this.sentences.flatMap((s) => s.quantities.filter((q) => q.kind === 'date' && q.date).map((q) => ({ q, sentence: s.sentence.index })));
    return this.datesList;
  }

  private figuresByKind?: Map<Quantity['kind'], { q: Quantity; i: number }[]>;

  private actors?: Set<string>;

  /** Ids of the actors the article mentions. */
  get actorIds(): Set<string> {
    this.actors ??= new Set(this.sentences.flatMap((s) => s.actors));
    return this.actors;
  }

  /** True when sentence i has the words next to each other, in order. */
  hasPhrase(i: number, words: string[]): boolean {
    const norms = this.sentences[i]!.sentence.tokens.map((t) => t.norm);
    for (let k = 0; k + words.length <= norms.length; k++) {
      if (words.every((w, j) => norms[k + j] === w)) return true;
    }
    return false;
  }

  /** Figures of one kind with their sentences. */
  figuresOf(kind: Quantity['kind']): { q: Quantity; i: number }[] {
    if (!this.figuresByKind) {
      this.figuresByKind = new Map();
      for (const s of this.sentences) {
        for (const q of s.quantities) {
          const list = this.figuresByKind.get(q.kind);
          if (list) list.push({ q, i: s.sentence.index });
          else this.figuresByKind.set(q.kind, [{ q, i: s.sentence.index }]);
        }
      }
    }
    return this.figuresByKind.get(kind) ?? [];
  }

}

/** The first four letters of a word feature's stem. */
function prefixOf(f: string): string | undefined {
  return f.startsWith('w:') && f.length >= 6 ? f.slice(0, 6) : undefined;
}

/** Sentence of `article` in alignment group g, or -1. */
function memberIn(alignment: AlignmentResult, g: number, article: number, cache: Map<number, Map<number, number>>): number {
  let m = cache.get(g);
  if (!m) {
    m = new Map(alignment.groups[g]!.members.map((x) => [x.article, x.sentence.index]));
    cache.set(g, m);
  }
  return m.get(article) ?? -1;
}

/**
 * Facts that at least `threshold` other articles carry and this one does not say, not even in other
 * words, per article id, each with the sentence after which it would fit.
 */
export function findOmissions(
  articles: ComparableArticle[],
  alignment: AlignmentResult,
  factSet: FactSet,
  threshold = 2,
): Record<string, Omission[]> {
  const indexes = alignment.prepared.map((sentences) => new ArticleIndex(sentences));
  const articleNo = new Map(articles.map((a, i) => [a.id, i]));
  const groupCache = new Map<number, Map<number, number>>();
  const out: Record<string, Omission[]> = {};
  for (const a of articles) out[a.id] = [];

  // statements last: one whose sentences carry an omitted number, person or quote is already pointed at
  const explained = articles.map(() => new Set<number>());
  const ordered = [...factSet.details.filter((d) => d.fact.kind !== 'statement'), ...factSet.details.filter((d) => d.fact.kind === 'statement')];
  for (const d of ordered) {
    if (d.fact.presentIn.length < threshold || d.thin) continue;
    if (d.fact.kind === 'statement' && d.fact.presentIn.every((id) => isHeading(alignment, articleNo.get(id)!, d.fact.sentences[id]!))) continue;
    const carriers = new Set(d.fact.presentIn);
    for (let x = 0; x < articles.length; x++) {
      const id = articles[x]!.id;
      if (carriers.has(id) || !alignment.prepared[x]!.length) continue;
      if (d.fact.kind === 'statement' && d.groups.some((g) => explained[x]!.has(g))) continue;
      if (saidOtherwise(d, x, alignment, indexes[x]!, groupCache)) continue;
      if (d.fact.kind !== 'statement') for (const g of d.groups) explained[x]!.add(g);
      out[id]!.push({
        factId: d.fact.id,
        kind: d.fact.kind,
        text: d.fact.text,
        presentIn: d.fact.presentIn,
        anchor: { afterSentence: anchorFor(d, x, alignment, articleNo, groupCache) },
      });
    }
  }
  return out;
}

function isHeading(alignment: AlignmentResult, article: number, sentence: number): boolean {
  return alignment.prepared[article]![sentence]!.sentence.heading;
}

/** True when article x states the fact in words of its own. */
function saidOtherwise(
  d: FactDetail,
  x: number,
  alignment: AlignmentResult,
  index: ArticleIndex,
  groupCache: Map<number, Map<number, number>>,
): boolean {
  let alignedCache: number[] | undefined;
  const aligned = () => (alignedCache ??= d.groups.map((g) => memberIn(alignment, g, x, groupCache)).filter((i) => i >= 0));
  switch (d.fact.kind) {
    case 'number': {
      const q = d.quantity!;
      if (q.kind !== 'date') {
        // "below 50 percent" tells, less precisely, "47%"; "39 years" tells "four decades"
        return index.figuresOf(q.kind).some((o) => figuresAgree(o.q, q));
      }
      // "May 12" is told by "in May"; "last month" in a sentence aligned with the carrying one, or in one
      // about the same event ("a trade agreement reached last month" for "an agreement on May 12")
      const event = (d.fact.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !MONTH_WORD.test(w)).map(featureOfWord);
      for (const { q: other, sentence } of index.dates) {
        if (other.date!.month !== undefined && datesCompatible(q.date!, other.date!)) return true;
        if (!other.date!.relative || other.date!.relative === 'day') continue;
        if (aligned().includes(sentence)) return true;
        const features = alignment.prepared[x]![sentence]!.features;
        if (event.length && event.every((f) => features.includes(f))) return true;
      }
      return false;
    }
    case 'person-role': {
      // the person named anywhere, or the role itself ("the First Lady") in one sentence
      const p = d.person!;
      if (p.actor && index.actorIds.has(p.actor)) return true;
      if (index.byFeature.has(`w:${stem(p.key)}`)) return true;
      if (!p.roleKey) return false;
      const words = p.roleKey.split(' ').filter((w) => !w.includes('.'));
      const lists = words.map((w) => index.byFeature.get(`w:${stem(w)}`) ?? []);
      if (!lists.length) return false;
      // the role words side by side in one sentence: "First Lady", not "representatives from the Trade department"
      return lists[0]!.some((i) => lists.every((l) => l.includes(i)) && index.hasPhrase(i, words));
    }
    case 'quote': {
      const stems = d.stems ?? contentStems(d.fact.text);
      if (!stems.length) return false;
      const covered = (i: number) => {
        const set = index.stemsBySentence[i]!;
        let n = 0;
        for (const s of stems) if (set.has(s)) n++;
        return n / stems.length;
      };
      if (aligned().some((i) => covered(i) >= QUOTE_COVERED)) return true;
      if (stems.length >= 3) return index.stemsBySentence.some((_, i) => covered(i) >= 0.75);
      return false;
    }
    case 'statement':
      return statementCovered(compiled(d, alignment), index);
  }
}

/** True when one sentence of the article, with a share of the next, says most of a statement's shared features. */
function statementCovered(core: CoreFeature[], index: ArticleIndex): boolean {
  const n = index.size;
  const score = index.scratch;
  const stamp = index.stamps;
  const touched = index.touched;
  touched.length = 0;
  let total = 0;
  for (const { f, w, month, prefix, figure } of core) {
    total += w;
    // one stamp per feature: a sentence counts once, by its best match
    const id = ++index.stampId;
    const low = w * PREFIX_WEIGHT;
    if (prefix) {
      // the exact word first (full weight), then words that share its first letters
      const list = index.byPrefix.get(prefix);
      if (list) {
        for (const e of list) {
          if (e.f !== f || stamp[e.i] === id) continue;
          stamp[e.i] = id;
          if (score[e.i] === 0) touched.push(e.i);
          score[e.i] = score[e.i]! + w;
        }
        for (const e of list) {
          if (stamp[e.i] === id) continue;
          stamp[e.i] = id;
          if (score[e.i] === 0) touched.push(e.i);
          score[e.i] = score[e.i]! + low;
        }
      }
    } else {
      for (const i of index.byFeature.get(f) ?? []) {
        if (stamp[i] === id) continue;
        stamp[i] = id;
        if (score[i] === 0) touched.push(i);
        score[i] = score[i]! + w;
      }
    }
    // "39 years" tells "four decades"; "below 50 percent" tells "47%"
    if (figure) {
      for (const { q, i } of index.figuresOf(figure.kind)) {
        if (stamp[i] === id || q.key === figure.key || !figuresAgree(q, figure)) continue;
        stamp[i] = id;
        if (score[i] === 0) touched.push(i);
        score[i] = score[i]! + w;
      }
    }
    // "May 12" is told, less precisely, by "in May"
    if (month) {
      for (const i of index.byFeature.get(month) ?? []) {
        if (stamp[i] === id) continue;
        stamp[i] = id;
        if (score[i] === 0) touched.push(i);
        score[i] = score[i]! + low;
      }
    }
  }
  let best = 0;
  for (const i of touched) {
    const v = score[i]! + (i + 1 < n ? score[i + 1]! : 0) * 0.8;
    if (v > best) best = v;
  }
  for (const i of touched) score[i] = 0;
  if (!total) return true;
  return best / total >= STATEMENT_COVERED;
}

interface CoreFeature {
  f: string;
  w: number;
  month?: string;
  prefix?: string;
  /** A figure written as a bound or a round number: other wordings of it count ("39 years", "four decades"). */
  figure?: Quantity;
}
const compiledCore = new WeakMap<FactDetail, CoreFeature[]>();

/** A statement's shared features with their weights, the heaviest first, worked out once per fact. */
function compiled(d: FactDetail, alignment: AlignmentResult): CoreFeature[] {
  let core = compiledCore.get(d);
  if (!core) {
    core = (d.stems ?? [])
      .map((f) => {
        const month = MONTH_OF.exec(f);
        const c: CoreFeature = { f, w: alignment.idf.get(f) ?? 0 };
        if (month) c.month = `q:month:${month[1]}`;
        const prefix = prefixOf(f);
        if (prefix) c.prefix = prefix;
        const figure = d.figures?.find((q) => `q:${q.key}` === f);
        if (figure) c.figure = figure;
        return c;
      })
      .sort((a, b) => b.w - a.w)
      .slice(0, CORE_MAX);
    compiledCore.set(d, core);
  }
  return core;
}

/**
 * Where the fact would fit in article x: after the sentence of x aligned with the nearest sentence that
 * comes before the fact in a carrying article (or before the one aligned with the nearest that follows).
 */
function anchorFor(
  d: FactDetail,
  x: number,
  alignment: AlignmentResult,
  articleNo: Map<string, number>,
  groupCache: Map<number, Map<number, number>>,
): number {
  let best = Infinity;
  let anchor = alignment.prepared[x]!.length - 1;
  const carriers = d.fact.presentIn.slice(0, ANCHOR_CARRIERS);
  // a sentence of x aligned with a carrying one: the fact belongs right after it
  for (const id of carriers) {
    const i = memberIn(alignment, alignment.groupOf[articleNo.get(id)!]![d.fact.sentences[id]!]!, x, groupCache);
    if (i >= 0) return i;
  }
  for (const id of carriers) {
    const c = articleNo.get(id)!;
    const at = d.fact.sentences[id]!;
    const groupOf = alignment.groupOf[c]!;
    for (let k = at - 1, dist = 1; k >= 0 && dist < best; k--, dist++) {
      const i = memberIn(alignment, groupOf[k]!, x, groupCache);
      if (i >= 0) {
        best = dist;
        anchor = i;
        break;
      }
    }
    for (let k = at + 1, dist = 1; k < groupOf.length && dist < best; k++, dist++) {
      const i = memberIn(alignment, groupOf[k]!, x, groupCache);
      if (i >= 0) {
        best = dist;
        anchor = i - 1;
        break;
      }
    }
  }
  return anchor;
}
