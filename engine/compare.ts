/** Compares a set of articles: splits it into stories, then aligns, finds facts, omissions and contradictions within each. */
import { align, prepare, type ComparableArticle, type PreparedSentence } from './align';
import { findContradictions } from './contradictions';
import { ArticleIndex } from './coverage';
import { extractFacts } from './facts';
import { foldContinuations, nameOpeningPronouns } from './fact-subjects';
import { framingDifferences, highlightClassifier } from './framing-diff';
import { rankFacts, rankOmissions } from './importance';
import { findOmissions, omissionThreshold } from './omissions';
import { splitStories } from './stories';
import type { Alignment, AnalyzeOptions, Comparison, Contradiction, Fact, Omission } from './types';

export type { ComparableArticle } from './align';

/** What the comparison of a set of articles adds to the single-article models. */
export interface CompareResult {
  facts: Fact[];
  alignments: Alignment[];
  contradictions: Contradiction[];
  coverage: Comparison['coverage'];
  omissions: Record<string, Omission[]>;
  /** Share of the comparison's facts of its story each article carries, 0..1, by article id. */
  coverageShare: Record<string, number>;
  /** The stories the set holds, as article ids; an article alone in its story is about another story than the rest. */
  stories: string[][];
}

interface StoryResult {
  facts: Fact[];
  alignments: Alignment[];
  contradictions: Contradiction[];
  omissions: Record<string, Omission[]>;
}

/** One story's comparison: its articles' sentences aligned, its fact table, omissions and contradictions. */
function compareStory(articles: ComparableArticle[], prepared: PreparedSentence[][], options: AnalyzeOptions): StoryResult {
  const alignment = align(articles, prepared);
  const indexes = alignment.prepared.map((sentences) => new ArticleIndex(sentences));
  const factSet = extractFacts(articles, alignment, indexes);
  const threshold = Math.max(1, options.omissionThreshold ?? omissionThreshold(articles.length));
  // an article alone in its story leaves out nothing of the others'
  rankFacts(factSet.details, alignment);
  const omissions = articles.length > 1 ? findOmissions(articles, alignment, factSet, indexes, threshold) : {};
  rankOmissions(omissions, factSet.details, threshold);
  // which articles leave out each fact, read once from the omissions rather than searched for every fact
  const omittedIn = new Map<string, Set<string>>();
  for (const [id, list] of Object.entries(omissions)) {
    for (const o of list) {
      for (const f of [o.factId, ...(o.covers ?? [])]) (omittedIn.get(f) ?? omittedIn.set(f, new Set()).get(f)!).add(id);
    }
  }
  for (const d of factSet.details) {
    const leftOut = omittedIn.get(d.fact.id);
    const omitted = leftOut ? articles.filter((a) => leftOut.has(a.id)).map((a) => a.id) : [];
    if (omitted.length) d.fact.omittedBy = omitted;
    if (d.partial?.size) d.fact.partialIn = articles.map((a) => a.id).filter((id) => d.partial!.has(id));
  }
  // each box names who tells its fact in part, from the same table
  const factById = new Map(factSet.facts.map((f) => [f.id, f]));
  for (const list of Object.values(omissions)) {
    for (const o of list) {
      const inPart = factById.get(o.factId)!.partialIn;
      if (inPart) o.partialIn = inPart;
    }
  }

  // the facts each sentence carries, by article id and sentence: no key string made per sentence
  const factsBySentence = new Map<string, (string[] | undefined)[]>();
  for (const f of factSet.facts) {
    for (const id in f.sentences) {
      let byIndex = factsBySentence.get(id);
      if (!byIndex) factsBySentence.set(id, (byIndex = []));
      (byIndex[f.sentences[id]!] ??= []).push(f.id);
    }
  }

  const marksOf = (a: ComparableArticle) => [...(a.highlights ?? []), ...(a.attributions ?? [])].sort((x, y) => x.start - y.start);
  const classify = highlightClassifier(new Map(articles.map((a) => [a.id, marksOf(a)])));
  const alignments: Alignment[] = [];
  for (const g of alignment.groups) {
    if (g.members.length < 2) continue;
    const factIds = new Set<string>();
    for (const m of g.members) for (const f of factsBySentence.get(m.articleId)?.[m.sentence.index] ?? []) factIds.add(f);
    alignments.push({
      id: '',
      members: g.members.map((m) => ({ articleId: m.articleId, sentence: m.sentence.index })),
      similarity: Math.round(g.similarity * 1000) / 1000,
      factIds: [...factIds],
      differences: framingDifferences(g.members, classify),
    });
  }
  const contradictions = findContradictions(articles, alignment, factSet);
  // last: the steps before match statement texts to the sentences they show
  nameOpeningPronouns(factSet.details, omissions, articles, alignment);
  foldContinuations(factSet.details, omissions, alignment);
  return { facts: factSet.facts, alignments, contradictions, omissions };
}

/** Renames a story's fact ids so they stay unique in the set ("s1" in the second story becomes "s1.2"). */
function renameFacts(r: StoryResult, suffix: string): void {
  if (!suffix) return;
  const name = (id: string) => `${id}${suffix}`;
  for (const f of r.facts) f.id = name(f.id);
  for (const a of r.alignments) a.factIds = a.factIds.map(name);
  for (const list of Object.values(r.omissions)) {
    for (const o of list) {
      o.factId = name(o.factId);
      if (o.covers) o.covers = o.covers.map(name);
    }
  }
}

/** Aligns the articles' sentences and derives facts, framing differences, omissions, contradictions and coverage, story by story. */
export function compare(articles: ComparableArticle[], options: AnalyzeOptions = {}): CompareResult {
  const prepared = prepare(articles);
  const stories = splitStories(prepared);
  const results = stories.map((members, k) => {
    const sub = members.map((a) => articles[a]!);
    // the story's own article numbers: sentence a of story article k
    const subPrepared = members.map((a, k2) => prepared[a]!.map((s) => (k2 === a ? s : { ...s, article: k2 })));
    const r = compareStory(sub, subPrepared, options);
    renameFacts(r, stories.length > 1 && k > 0 ? `.${k + 1}` : '');
    return r;
  });
  const facts = results.flatMap((r) => r.facts);
  const alignments = results.flatMap((r) => r.alignments);
  alignments.forEach((a, i) => (a.id = `a${i + 1}`));
  const contradictions = results.flatMap((r) => r.contradictions);
  contradictions.forEach((c, i) => (c.id = `c${i + 1}`));
  const omissions: Record<string, Omission[]> = {};
  for (const a of articles) omissions[a.id] = [];
  for (const r of results) for (const [id, list] of Object.entries(r.omissions)) omissions[id] = list;

  const articleIds = articles.map((a) => a.id);
  const matrix = facts.map((f) => {
    const present = new Set(f.presentIn);
    return articleIds.map((id) => present.has(id));
  });
  const coverageShare: Record<string, number> = {};
  stories.forEach((members, k) => {
    const own = results[k]!.facts;
    for (const a of members) {
      const id = articleIds[a]!;
      const n = own.reduce((sum, f) => sum + (id in f.sentences ? 1 : 0), 0);
      coverageShare[id] = own.length ? Math.round((n / own.length) * 1000) / 1000 : 0;
    }
  });
  return {
    facts,
    alignments,
    contradictions,
    coverage: { factIds: facts.map((f) => f.id), articleIds, matrix },
    omissions,
    coverageShare,
    stories: stories.map((members) => members.map((a) => articleIds[a]!)),
  };
}
