/** What the page sends main with File › Export…: its comparison, in column order, without per-sentence tokens. */
import type { ReportComparison } from '../../../electron/contract';
import type { Comparison } from '../../../engine/types';

/** The comparison without the per-sentence tokens: no report reads them, and they are most of its size. */
export function forReport(comparison: Comparison): ReportComparison {
  return {
    ...comparison,
    articles: comparison.articles.map((a) => ({ ...a, sentences: a.sentences.map(({ tokens: _tokens, ...sentence }) => sentence) })),
  };
}

/** The same comparison with its articles, and the coverage matrix's columns, in the order of `ids` (all of its articles). */
export function inColumnOrder(comparison: Comparison, ids: readonly string[]): Comparison {
  const byId = new Map(comparison.articles.map((a) => [a.id, a]));
  const { articleIds, matrix } = comparison.coverage;
  const columns = ids.map((id) => articleIds.indexOf(id));
  return {
    ...comparison,
    articles: ids.map((id) => {
      const article = byId.get(id);
      if (!article) throw new Error(`the comparison has no article ${id}`);
      return article;
    }),
    coverage: { ...comparison.coverage, articleIds: [...ids], matrix: matrix.map((row) => columns.map((c) => row[c] ?? false)) },
  };
}
