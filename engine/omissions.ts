/** Omissions: facts enough other articles carry that an article does not say, not even in other words or in part. */
import { featureOfWord, type AlignmentResult, type ComparableArticle } from './align';
import { stem } from './tokens';
import { compiled, statementScore, type ArticleIndex } from './coverage';
import type { FactDetail, FactSet } from './fact-table';
import { numberHead } from './facts-numbers';
import { contentStems } from './facts-quotes';
import { TELLS_IN_PART } from './facts-statements';
import { datesCompatible, figuresAgree } from './numbers';
import type { Omission } from './types';

/** Carrying articles consulted for an anchor: the nearest aligned neighbour is usually found in the first few. */
const ANCHOR_CARRIERS = 6;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/u;
/** Share of a quote's content words that counts as reporting it in other words. */
const QUOTE_COVERED = 0.45;

/** Sentence of `article` in alignment group g, or -1. */
function memberIn(alignment: AlignmentResult, g: number, article: number, cache: Map<number, Map<number, number>>): number {
  let m = cache.get(g);
  if (!m) {
    m = new Map(alignment.groups[g]!.members.map((x) => [x.article, x.sentence.index]));
    cache.set(g, m);
  }
  return m.get(article) ?? -1;
}

/** How many other articles must carry a fact before its absence counts: two, or a majority of the others past five articles. */
export function omissionThreshold(articles: number): number {
  return articles > 5 ? Math.ceil((articles - 1) / 2) : 2;
}

/**
 * Facts that at least `threshold` other articles carry and this one does not say, not even in other
 * words or in part, per article id, each with the sentence after which it would fit.
 */
export function findOmissions(
  articles: ComparableArticle[],
  alignment: AlignmentResult,
  factSet: FactSet,
  indexes: ArticleIndex[],
  threshold = 2,
): Record<string, Omission[]> {
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
      if (carriers.has(id) || d.partial?.has(id) || !alignment.prepared[x]!.length) continue;
      if (d.fact.kind === 'statement' && d.groups.some((g) => explained[x]!.has(g))) continue;
      if (saidOtherwise(d, x, alignment, indexes[x]!, groupCache, (i) => articleNo.get(i)!)) {
        // told in other words but not found as a carrier: told in part, so the table shows it as such
        (d.partial ??= new Set()).add(id);
        continue;
      }
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
  articleNo: (id: string) => number,
): boolean {
  let alignedCache: number[] | undefined;
  const aligned = () => (alignedCache ??= d.groups.map((g) => memberIn(alignment, g, x, groupCache)).filter((i) => i >= 0));
  switch (d.fact.kind) {
    case 'number': {
      const q = d.quantity!;
      if (q.kind !== 'date') {
        // "below 50 percent" tells, less precisely, "47%"; "39 years" tells "four decades"; a figure that counts
        // something else ("200 demonstrators" for "200 migrants") does not; another figure of the same thing in the
        // aligned sentence is a disagreement, which contradictions show, not an omission
        const head = d.head ?? '';
        // figures the carrying sentences give themselves are other facts ("from 145% to 30%")
        const told = new Set<string>();
        const words = new Map<string, number>();
        for (const [id, at] of Object.entries(d.fact.sentences)) {
          const s = alignment.prepared[articleNo(id)]![at]!;
          for (const o of s.quantities) told.add(o.key);
          for (const f of s.features) if (f.startsWith('w:')) words.set(f, (words.get(f) ?? 0) + 1);
        }
        // a sentence about the same thing: two words of the carrying sentences ("voted", "committee")
        const related = (i: number) => alignment.prepared[x]![i]!.features.filter((f) => words.has(f)).length >= 2;
        return index.figuresOf(q.kind).some(({ q: o, i }) => {
          const other = head ? numberHead(alignment.prepared[x]![i]!.sentence, o.start, o.end) : '';
          // a figure of something else, unless in a sentence aligned with the carrying one ("19-0 vote", "all 19 members")
          if (head && other && other !== head && !aligned().includes(i) && !related(i)) return false;
          return figuresAgree(o, q) || (head !== '' && other === head && !o.bound && !told.has(o.key) && aligned().includes(i));
        });
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
      return statementScore(compiled(d, alignment), index).share >= TELLS_IN_PART;
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
