/** The engine's entry point: analyze() builds every article's model, links actors across articles and compares them. */
import { linkActors } from './actors';
import { resolveNominals } from './actor-nominals';
import { findConcepts } from './concepts';
import { buildArticles } from './article';
import { compare } from './compare';
import { markLabelDifferences } from './markers-labels';
import { loadNlpModel } from './nlp';
import { analysisOrder, inReaderOrder } from './set-order';
import { wordSenses } from './word-senses';
import type { AnalyzeOptions, ArticleAnalysis, ArticleInput, Comparison } from './types';

/** The engine's data model: inputs, per-article analysis and the comparison. */
export type * from './types';
export { MARK_CATEGORIES } from './types';
/** One article's model without the other articles (see article.ts). */
export { buildArticle, type ArticleModel } from './article';
export { giveAssets, ASSET_NAMES, type AssetName } from './assets';

/**
 * Reads the NLP model, the word vectors and the WordNet relations now, which the first analysis would otherwise
 * do: the analysis worker calls it as it starts, before any request.
 */
export function prepare(): void {
  loadNlpModel();
  wordSenses();
}

/** Analyse a set of articles about one story: per-article model, framing marks and the comparison. */
export function analyze(inputs: ArticleInput[], options: AnalyzeOptions = {}): Comparison {
  const order = analysisOrder(inputs);
  const articles: ArticleAnalysis[] = buildArticles(order.map((i) => inputs[i]!)).map((a) => ({ ...a, omissions: [], coverage: 0 }));
  linkActors(articles);
  resolveNominals(articles);
  markLabelDifferences(articles);
  const { facts, alignments, contradictions, coverage, omissions, coverageShare, stories } = compare(articles, options);
  for (const a of articles) {
    a.omissions = omissions[a.id] ?? [];
    a.coverage = coverageShare[a.id] ?? 0;
  }
  const concepts = findConcepts(articles, alignments);
  const made = { articles, facts, alignments, contradictions, coverage, stories, concepts };
  return inReaderOrder(made, inputs.map((i) => i.id));
}
