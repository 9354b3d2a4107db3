/** What the analysis worker does with a request, as plain code the tests run too: analyse, then post the answer in pieces. */
import { analyze, type ArticleAnalysis } from '../../../engine/index';
import { buildOverview } from '../../../report/overview';
import { SLICE, SLICED_FIELDS, type AnalysisRequest, type WorkerMessage } from './protocol';

/** Sentence tokens are the engine's working material; the scored words stay (the overview quotes them to explain a tone). */
function slim(article: ArticleAnalysis): ArticleAnalysis {
  return { ...article, sentences: article.sentences.map((s) => ({ ...s, tokens: [] })) };
}

/**
 * Answers one request through `post`: each article's analysis, the long lists a slice at a time, then the
 * response holding the rest (and "How they differ" when the request names the outlets). `slice`: items per slice.
 */
export function answer(request: AnalysisRequest, post: (message: WorkerMessage) => void, slice: number = SLICE): void {
  const { id, inputs, options, names } = request;
  try {
    const started = performance.now();
    const comparison = analyze(inputs, options);
    const ms = Math.round(performance.now() - started);
    const overview = names && comparison.articles.length >= 2 ? buildOverview(comparison, new Map(names)) : undefined;
    comparison.articles.forEach((article, part) => post({ id, part, article: slim(article) }));
    const rest: Record<string, unknown> = { ...comparison, articles: [] };
    for (const field of SLICED_FIELDS) {
      const items: unknown[] = comparison[field] ?? [];
      for (let at = 0; at < items.length; at += slice) post({ id, field, items: items.slice(at, at + slice) });
      if (field in comparison) rest[field] = [];
    }
    post({ id, ok: true, comparison: rest as unknown as typeof comparison, ms, ...(overview ? { overview } : {}) });
  } catch (error) {
    post({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}
