import { isWord, type AlignmentResult, type ComparableArticle, type PreparedSentence } from './align';
import { contentStems, type FactDetail, type FactSet } from './facts';
import { datesCompatible, figuresAgree } from './numbers';
import type { Omission } from './types';

/** Share of a statement's shared features an article must say in one or two neighbouring sentences. */
const STATEMENT_COVERED = 0.4;
/** How much a word that only shares its first letters with the fact's word counts. */
const PREFIX_WEIGHT = 0.7;
const MONTH_OF = /^q:date:\d*-(\d+)-\d+$/u;
/** Share of a quote's content words that counts as reporting it in other words. */
const QUOTE_COVERED = 0.45;

/** Per-article lookups built once: which sentences carry a feature, which words and stems occur. */
interface ArticleIndex {
  byFeature: Map<string, number[]>;
  /** Sentences by the first letters of their word stems: "agreement" and "agreed" meet at "agre". */
  byPrefix: Map<string, number[]>;
  norms: Set<string>;
  /** All word norms joined by single spaces, padded: " treasury secretary scott bessent ". */
  joined: string;
  stemsBySentence: Set<string>[];
}

function indexArticle(sentences: PreparedSentence[]): ArticleIndex {
  const byFeature = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const norms = new Set<string>();
  const words: string[] = [];
  const stemsBySentence: Set<string>[] = [];
  for (const s of sentences) {
    for (const f of s.features) {
      const list = byFeature.get(f);
      if (list) list.push(s.sentence.index);
      else byFeature.set(f, [s.sentence.index]);
      const p = prefixOf(f);
      if (!p) continue;
      const plist = byPrefix.get(p);
      if (!plist) byPrefix.set(p, [s.sentence.index]);
      else if (plist[plist.length - 1] !== s.sentence.index) plist.push(s.sentence.index);
    }
    const stems = new Set<string>();
    for (const t of s.sentence.tokens) {
      if (!isWord(t.raw)) continue;
      let n = t.norm;
      if (n.endsWith("'s")) n = n.slice(0, -2);
      if (n.endsWith('.')) n = n.slice(0, -1);
      norms.add(n);
      words.push(n);
      if (t.content) stems.add(t.stem);
    }
    stemsBySentence.push(stems);
  }
  return { byFeature, byPrefix, norms, joined: ` ${words.join(' ')} `, stemsBySentence };
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
  const indexes = alignment.prepared.map(indexArticle);
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
        presentIn: [...d.fact.presentIn],
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
  const aligned = d.groups.map((g) => memberIn(alignment, g, x, groupCache)).filter((i) => i >= 0);
  switch (d.fact.kind) {
    case 'number': {
      const q = d.quantity!;
      if (q.kind !== 'date') {
        // "below 50 percent" tells, less precisely, "47%"
        return alignment.prepared[x]!.some((s) => s.quantities.some((o) => figuresAgree(o, q)));
      }
      // "May 12" is told by "in May"; "last month" in a sentence aligned with the carrying one
      for (const s of alignment.prepared[x]!) {
        for (const other of s.quantities) {
          if (other.kind !== 'date' || !other.date) continue;
          if (other.date.month !== undefined && datesCompatible(q.date!, other.date)) return true;
          if (other.date.relative && aligned.includes(s.sentence.index)) return true;
        }
      }
      return false;
    }
    case 'person-role': {
      const p = d.person!;
      if (index.norms.has(p.key)) return true;
      return p.roleKey !== '' && index.joined.includes(` ${p.roleKey} `);
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
      if (aligned.some((i) => covered(i) >= QUOTE_COVERED)) return true;
      if (stems.length >= 3) return index.stemsBySentence.some((_, i) => covered(i) >= 0.75);
      return false;
    }
    case 'statement': {
      const core = d.stems ?? [];
      let total = 0;
      const bySentence = new Map<number, number>();
      for (const f of core) {
        const w = alignment.idf.get(f) ?? 0;
        total += w;
        const exact = index.byFeature.get(f) ?? [];
        for (const i of exact) bySentence.set(i, (bySentence.get(i) ?? 0) + w);
        const month = MONTH_OF.exec(f);
        if (month) {
          // "May 12" is told, less precisely, by "in May"
          for (const i of index.byFeature.get(`q:month:${month[1]}`) ?? []) {
            if (!exact.includes(i)) bySentence.set(i, (bySentence.get(i) ?? 0) + w * PREFIX_WEIGHT);
          }
        }
        const p = prefixOf(f);
        if (!p) continue;
        for (const i of index.byPrefix.get(p) ?? []) {
          if (!exact.includes(i)) bySentence.set(i, (bySentence.get(i) ?? 0) + w * PREFIX_WEIGHT);
        }
      }
      if (!total) return true;
      let best = 0;
      for (const [i, w] of bySentence) {
        best = Math.max(best, w, w + (bySentence.get(i + 1) ?? 0) * 0.8);
      }
      return best / total >= STATEMENT_COVERED;
    }
  }
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
  for (const id of d.fact.presentIn) {
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
