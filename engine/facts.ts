/**
 * Facts at finer grain than sentences, one function per kind: numbers with what they count, people in a role,
 * direct quotes, and statements. Together they make the fact table every view of the comparison derives from.
 */
import type { AlignmentResult, ComparableArticle } from './align';
import type { ArticleIndex } from './coverage';
import { FactTable, type FactSet } from './fact-table';
import { numberFacts } from './facts-numbers';
import { personFacts } from './facts-people';
import { quoteFacts } from './facts-quotes';
import { statementFacts } from './facts-statements';

export type { FactDetail, FactSet, RoleMention } from './fact-table';
export { findRoleMentions } from './facts-people';
export { phraseAround } from './facts-numbers';
export { contentStems } from './facts-quotes';

/** The fact table of a comparison: numbers, people in a role, quotes, then statements. */
export function extractFacts(articles: ComparableArticle[], alignment: AlignmentResult, indexes: ArticleIndex[]): FactSet {
  const table = new FactTable(alignment);
  numberFacts(table, alignment);
  const roles = personFacts(table, articles, alignment);
  quoteFacts(table, articles, alignment);
  statementFacts(table, alignment, indexes);
  return table.finish(articles.map((a) => a.id), roles);
}
