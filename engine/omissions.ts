/** Omissions: facts enough other articles carry that an article does not say, not even in other words or in part. */
import type { AlignmentResult, ComparableArticle } from './align';
import { CARRIES, compiled, statementScore, TO_CARRY, type ArticleIndex, type CoreFeature } from './coverage';
import type { FactDetail, FactSet } from './fact-table';
import { leftOutText, mainClauseLeftOut, tellsEveryClause } from './facts-clauses';
import { isThin, SAID_AGAIN, weightIn } from './facts-statements';
import { memberIn } from './tells';
import type { Omission } from './types';

/** Carrying articles consulted for an anchor: the nearest aligned neighbour is usually found in the first few. */
const ANCHOR_CARRIERS = 6;

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
  let matches: Correspondences | undefined;
  const out: Record<string, Omission[]> = {};
  for (const a of articles) out[a.id] = [];

  // statements last: one whose sentences carry an omitted number, quote or team ("the board's side will be A, B and
  // C") is already pointed at, and that box stands for it; what one person the article never names did or said
  // ("… was dismissed after the contract ran late") is a fact of its own, beside that person's box
  const explained = articles.map(() => new Map<number, Omission>());
  const ordered = [...factSet.details.filter((d) => d.fact.kind !== 'statement'), ...factSet.details.filter((d) => d.fact.kind === 'statement')];
  // the statements each article carries, for tellings alike (below), made when first needed
  let carried: Map<string, FactDetail[]> | undefined;
  for (const d of ordered) {
    // a statement told in part or in other words is reported there too: one article's words for it and others' in part
    // can be enough, and the article that tells it nowhere leaves it out; the tellers that count (tellersInPart), each
    // with the sentence where it tells most of it
    const telling =
      d.fact.kind === 'statement' && d.fact.presentIn.length < threshold && d.fact.presentIn.length + (d.partial?.size ?? 0) >= threshold
        ? tellersInPart(d, alignment, indexes, articleNo)
        : undefined;
    const inPart = telling ? [...telling.keys()] : [];
    if (d.fact.presentIn.length + inPart.length < threshold) continue;
    // enough others carry it, yet no article is said to leave it out: the matrix says why
    if (d.thin) {
      d.fact.uncounted = 'names';
      continue;
    }
    if (d.fact.kind === 'statement' && d.fact.presentIn.every((id) => isHeading(alignment, articleNo.get(id)!, d.fact.sentences[id]!))) {
      d.fact.uncounted = 'headline';
      continue;
    }
    const carriers = new Set(d.fact.presentIn);
    for (let x = 0; x < articles.length; x++) {
      const id = articles[x]!.id;
      if (carriers.has(id) || !alignment.prepared[x]!.length) continue;
      const partial = d.partial?.has(id) ?? false;
      // its passage pointed at already: told in part, or left out in the box that points there
      const by = d.fact.kind === 'statement' ? explainedBy(d, explained[x]!) : undefined;
      if (by && partial) continue;
      // told in part by a later clause only: the main clause is left out, in the matrix too, as is the statement of an
      // article that tells only its later clause (leftOutText)
      const mainLeftOut = partial && d.fact.kind === 'statement' ? mainClauseLeftOut(d, x, alignment, indexes, articleNo) : undefined;
      if (partial && !mainLeftOut) continue;
      if (mainLeftOut) d.partial!.delete(id);
      // each of its clauses told, if in sentences of their own: told, though not in one place
      else if (d.fact.kind === 'statement' && tellsEveryClause(d, x, alignment, indexes, articleNo)) {
        (d.partial ??= new Set()).add(id);
        continue;
      }
      if (by) {
        (by.covers ??= []).push(d.fact.id);
        continue;
      }
      // counted on tellings in part: one in a sentence that says what this article says too (another statement both
      // carry) may be that statement's telling, not this one's, and does not count here (not called left out)
      if (telling) {
        carried ??= carriedStatements(factSet.details);
        const alike = toldAlike(d, inPart, id, carried, telling);
        if (alike && d.fact.presentIn.length + inPart.length - alike < threshold) continue;
      }
      const omission: Omission = {
        factId: d.fact.id,
        kind: d.fact.kind,
        text: mainLeftOut ?? (d.fact.kind === 'statement' ? leftOutText(d, x, alignment, indexes, articleNo) : d.fact.text),
        presentIn: d.fact.presentIn,
        anchor: { afterSentence: anchorFor(d, x, alignment, articleNo, (matches ??= new Correspondences(alignment, factSet, articleNo))) },
      };
      if (d.fact.kind !== 'statement' && (d.fact.kind !== 'person-role' || (d.people?.length ?? 0) > 1)) for (const g of d.groups) if (!explained[x]!.has(g)) explained[x]!.set(g, omission);
      out[id]!.push(omission);
    }
  }
  // one thing an article leaves out, one box
  const byId = new Map(factSet.details.map((d) => [d.fact.id, d]));
  for (const id of Object.keys(out)) out[id] = roleInStatement(oneBoxPerThing(out[id]!, byId, alignment), byId);
  return out;
}

/**
 * The articles that tell statement d in part and count with its carriers toward the threshold, each with the sentence
 * where it tells most of it: not one that tells only a later clause, and only where that sentence says at least as much
 * of the statement as a carrier's must (a few shared words, "the lawsuit" and "the campaign", tell another thing).
 */
function tellersInPart(d: FactDetail, alignment: AlignmentResult, indexes: ArticleIndex[], articleNo: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  let core: CoreFeature[] | undefined;
  for (const id of d.partial ?? []) {
    if (id in d.fact.sentences) continue;
    const x = articleNo.get(id)!;
    core ??= compiled(d, alignment);
    const best = statementScore(core, indexes[x]!, TO_CARRY, CARRIES);
    if (best.share < CARRIES || best.sentence < 0) continue;
    // two of its words said there in lower case, as a statement must have (isThin): who is named is not what was said
    // ("Dana Brandt spoke after the hearing" shares her name and one word with what she said about the hearing)
    if (isThin(core.map((c) => c.f), [alignment.prepared[x]![best.sentence]!]) || mainClauseLeftOut(d, x, alignment, indexes, articleNo)) continue;
    out.set(id, best.sentence);
  }
  return out;
}

/** Per article id, the statements it carries. */
function carriedStatements(details: readonly FactDetail[]): Map<string, FactDetail[]> {
  const out = new Map<string, FactDetail[]>();
  for (const d of details) {
    if (d.fact.kind !== 'statement') continue;
    for (const id of d.fact.presentIn) (out.get(id) ?? out.set(id, []).get(id)!).push(d);
  }
  return out;
}

/**
 * The tellers in part of d that say it as article z does: the sentence where one tells most of d carries another
 * statement, and z carries that statement too ("the mayor has denied taking bribes", which z and a teller say, beside
 * "the mayor, who has long denied claims of graft", which one article says).
 */
function toldAlike(d: FactDetail, tellers: readonly string[], z: string, carried: ReadonlyMap<string, FactDetail[]>, at: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const p of tellers) {
    const i = at.get(p)!;
    if (i >= 0 && (carried.get(p) ?? []).some((b) => b !== d && b.fact.sentences[p] === i && z in b.fact.sentences)) n++;
  }
  return n;
}

/** A statement's or quote's words as features (a quote keeps bare stems; a statement's have their `w:` already). */
function wordsOf(d: FactDetail): string[] | undefined {
  if (!d.stems?.length) return undefined;
  return d.fact.kind === 'quote' ? d.stems.map((x) => `w:${x}`) : d.fact.kind === 'statement' ? d.stems : undefined;
}

/**
 * One box per thing an article leaves out: a statement or quote whose words another of its boxes says is left out
 * through that box (Omission.covers) rather than shown again, where every article said to tell it tells that one too
 * (the reader loses no teller) or one article tells both in one sentence (one passage, two facts). A quote's fragment
 * ("hold talks with the minister") and the sentence it comes from, said once. The box with more words stands for the
 * one with fewer.
 */
function oneBoxPerThing(list: Omission[], byId: ReadonlyMap<string, FactDetail>, alignment: AlignmentResult): Omission[] {
  const words = new Map<Omission, { features: string[]; set: ReadonlySet<string>; weight: number }>();
  for (const o of list) {
    const features = wordsOf(byId.get(o.factId)!);
    if (!features) continue;
    const set = new Set(features);
    words.set(o, { features, set, weight: weightIn(features, set, alignment).total });
  }
  if (words.size < 2) return list;
  const order = [...words.keys()].sort((a, b) => words.get(b)!.weight - words.get(a)!.weight);
  const kept: Omission[] = [];
  const dropped = new Set<Omission>();
  for (const b of order) {
    const { features, weight } = words.get(b)!;
    const by = weight
      ? kept.find((a) => {
          // every teller of b tells a, or one article tells both in one sentence: one passage
          const fa = byId.get(a.factId)!.fact.sentences;
          const fb = byId.get(b.factId)!.fact.sentences;
          if (!b.presentIn.every((c) => c in fa) && !b.presentIn.some((c) => fa[c] !== undefined && fa[c] === fb[c])) return false;
          return weightIn(features, words.get(a)!.set, alignment).shared / weight >= SAID_AGAIN;
        })
      : undefined;
    if (!by) {
      kept.push(b);
      continue;
    }
    (by.covers ??= []).push(b.factId, ...(b.covers ?? []));
    dropped.add(b);
  }
  return dropped.size ? list.filter((o) => !dropped.has(o)) : list;
}

/**
 * A person's role and what they did or said, one box: the box for a person's role is left out through the box of a
 * statement the article also leaves out, where every article said to give the role gives it in the sentence that
 * carries the statement, and the statement's text names the person (their role shows in that box, under "also"),
 * unless that box would rank lower than the role's.
 */
function roleInStatement(list: Omission[], byId: ReadonlyMap<string, FactDetail>): Omission[] {
  const statements = list.filter((o) => o.kind === 'statement');
  if (!statements.length) return list;
  const dropped = new Set<Omission>();
  for (const r of list) {
    const role = byId.get(r.factId)!;
    if (r.kind !== 'person-role' || !role.person || (role.people?.length ?? 0) > 1) continue;
    const name = new RegExp(`(?<![\\p{L}\\p{N}])${role.person.key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
    const by = statements.find((s) => {
      const d = byId.get(s.factId)!;
      // not into a box that would rank lower than the role's own
      if (d.loose || (d.fact.importance ?? 0) < (role.fact.importance ?? 0)) return false;
      return r.presentIn.every((c) => d.fact.sentences[c] !== undefined && d.fact.sentences[c] === role.fact.sentences[c]) && name.test(s.text);
    });
    if (!by) continue;
    (by.covers ??= []).push(r.factId, ...(r.covers ?? []));
    dropped.add(r);
  }
  return dropped.size ? list.filter((o) => !dropped.has(o)) : list;
}

/** The box already shown for one of the statement's alignment groups, if any (the first of its groups that has one). */
function explainedBy(d: FactDetail, explained: ReadonlyMap<number, Omission>): Omission | undefined {
  for (const g of d.groups) {
    const by = explained.get(g);
    if (by) return by;
  }
  return undefined;
}

function isHeading(alignment: AlignmentResult, article: number, sentence: number): boolean {
  return alignment.prepared[article]![sentence]!.sentence.heading;
}

/**
 * Which sentence of article x tells what a sentence of another article tells: the sentence of x in that sentence's
 * alignment group, else the first fact (in the table's order) that both sentences carry. Asked sentence by sentence:
 * a map of every pair, made per article that leaves something out, grew with the square of the set.
 */
class Correspondences {
  /** By article number, then sentence, the facts that sentence carries, in the table's order (made on first use). */
  private factsAt?: (FactDetail[] | undefined)[][];
  /** Per alignment group asked about, its members' sentences by article number (memberIn's cache). */
  private readonly members = new Map<number, Map<number, number>>();

  constructor(
    private readonly alignment: AlignmentResult,
    private readonly factSet: FactSet,
    private readonly articleNo: Map<string, number>,
  ) {}

  /** The sentence of article x that tells what sentence `at` of article c tells, if any. */
  of(x: number, c: number, at: number): number | undefined {
    if (c === x) return undefined;
    const group = this.alignment.groupOf[c]?.[at];
    if (group !== undefined) {
      const own = memberIn(this.alignment, group, x, this.members);
      if (own >= 0) return own;
    }
    const id = this.alignment.prepared[x]![0]?.articleId ?? '';
    for (const d of this.facts()[c]?.[at] ?? NO_FACTS) {
      const i = d.fact.sentences[id];
      if (i !== undefined) return i;
    }
    return undefined;
  }

  private facts(): (FactDetail[] | undefined)[][] {
    if (!this.factsAt) {
      const out: (FactDetail[] | undefined)[][] = this.alignment.prepared.map(() => []);
      for (const d of this.factSet.details) {
        for (const [id, at] of Object.entries(d.fact.sentences)) {
          const byAt = out[this.articleNo.get(id) ?? -1];
          if (byAt) (byAt[at] ??= []).push(d);
        }
      }
      this.factsAt = out;
    }
    return this.factsAt;
  }
}
const NO_FACTS: readonly FactDetail[] = [];

/**
 * Where the fact would fit in article x: after the sentence of x that tells what the nearest sentence before the
 * fact in a carrying article tells (or before the one matching the nearest that follows); with no such neighbour,
 * at the same relative place in x as in the carrying article.
 */
function anchorFor(d: FactDetail, x: number, alignment: AlignmentResult, articleNo: Map<string, number>, match: Correspondences): number {
  const length = alignment.prepared[x]!.length;
  let best = Infinity;
  let anchor = -2;
  const carriers = d.fact.presentIn.slice(0, ANCHOR_CARRIERS);
  // a sentence of x matching a carrying one: the fact belongs right after it
  for (const id of carriers) {
    const i = match.of(x, articleNo.get(id)!, d.fact.sentences[id]!);
    if (i !== undefined) return i;
  }
  for (const id of carriers) {
    const c = articleNo.get(id)!;
    const at = d.fact.sentences[id]!;
    const n = alignment.prepared[c]!.length;
    for (let k = at - 1, dist = 1; k >= 0 && dist < best; k--, dist++) {
      const i = match.of(x, c, k);
      if (i !== undefined) {
        best = dist;
        anchor = i;
        break;
      }
    }
    for (let k = at + 1, dist = 1; k < n && dist < best; k++, dist++) {
      const i = match.of(x, c, k);
      if (i !== undefined) {
        best = dist;
        anchor = i - 1;
        break;
      }
    }
  }
  if (anchor > -2) return anchor;
  // nothing in x matches the carrier's neighbourhood: the same place, relatively, as in the first carrier
  const first = articleNo.get(d.fact.presentIn[0]!)!;
  const share = (d.fact.sentences[d.fact.presentIn[0]!]! + 1) / Math.max(1, alignment.prepared[first]!.length);
  return Math.min(length - 1, Math.max(-1, Math.round(share * length) - 1));
}
