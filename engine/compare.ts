import { align, type ComparableArticle } from './align';
import { findContradictions } from './contradictions';
import { extractFacts } from './facts';
import { framingDifferences, highlightClassifier } from './framing-diff';
import { findOmissions } from './omissions';
import type { Alignment, AnalyzeOptions, Comparison, Contradiction, Fact, Omission } from './types';

export type { ComparableArticle } from './align';

/** What the comparison of a set of articles adds to the single-article models. */
export interface CompareResult {
  facts: Fact[];
  alignments: Alignment[];
  contradictions: Contradiction[];
  coverage: Comparison['coverage'];
  omissions: Record<string, Omission[]>;
  /** Share of the comparison's facts each article carries, 0..1, by article id. */
  coverageShare: Record<string, number>;
}

/** Aligns the articles' sentences and derives facts, framing differences, omissions, contradictions and coverage. */
export function compare(articles: ComparableArticle[], options: AnalyzeOptions = {}): CompareResult {
  const threshold = Math.max(1, options.omissionThreshold ?? 2);
  const alignment = align(articles);
  const factSet = extractFacts(articles, alignment);

  const factsBySentence = new Map<string, string[]>();
  for (const f of factSet.facts) {
    for (const [id, i] of Object.entries(f.sentences)) {
      const key = `${id}\u0000${i}`;
      const list = factsBySentence.get(key);
      if (list) list.push(f.id);
      else factsBySentence.set(key, [f.id]);
    }
  }

  const marksOf = (a: ComparableArticle) => [...(a.highlights ?? []), ...(a.attributions ?? [])].sort((x, y) => x.start - y.start);
  const classify = highlightClassifier(new Map(articles.map((a) => [a.id, marksOf(a)])));
  const alignments: Alignment[] = [];
  for (const g of alignment.groups) {
    if (g.members.length < 2) continue;
    const factIds = new Set<string>();
    for (const m of g.members) for (const f of factsBySentence.get(`${m.articleId}\u0000${m.sentence.index}`) ?? []) factIds.add(f);
    alignments.push({
      id: `a${alignments.length + 1}`,
      members: g.members.map((m) => ({ articleId: m.articleId, sentence: m.sentence.index })),
      similarity: Math.round(g.similarity * 1000) / 1000,
      factIds: [...factIds],
      differences: framingDifferences(g.members, classify),
    });
  }

  const articleIds = articles.map((a) => a.id);
  const matrix = factSet.facts.map((f) => {
    const present = new Set(f.presentIn);
    return articleIds.map((id) => present.has(id));
  });
  const coverageShare: Record<string, number> = {};
  articleIds.forEach((id, a) => {
    const n = matrix.reduce((sum, row) => sum + (row[a] ? 1 : 0), 0);
    coverageShare[id] = factSet.facts.length ? Math.round((n / factSet.facts.length) * 1000) / 1000 : 0;
  });

  return {
    facts: factSet.facts,
    alignments,
    contradictions: findContradictions(articles, alignment, factSet),
    coverage: { factIds: factSet.facts.map((f) => f.id), articleIds, matrix },
    omissions: findOmissions(articles, alignment, factSet, threshold),
    coverageShare,
  };
}
