/// <reference lib="webworker" />
import { analyze, type ArticleAnalysis } from '../../../engine/index';
import type { AnalysisRequest, WorkerMessage } from './protocol';

/** Sentence tokens are the engine's working material; the scored words stay (the overview quotes them to explain a tone). */
function slim(article: ArticleAnalysis): ArticleAnalysis {
  return { ...article, sentences: article.sentences.map((s) => ({ ...s, tokens: [] })) };
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, inputs, options } = event.data;
  try {
    const started = performance.now();
    const comparison = analyze(inputs, options);
    const ms = Math.round(performance.now() - started);
    comparison.articles.forEach((article, part) => self.postMessage({ id, part, article: slim(article) } satisfies WorkerMessage));
    self.postMessage({ id, ok: true, comparison: { ...comparison, articles: [] }, ms } satisfies WorkerMessage);
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  }
};
