/// <reference lib="webworker" />
import { analyze, type AnalysisRequest, type AnalysisResponse, type ArticleAnalysis } from '../../../engine/index';

/**
 * What the worker posts: first each article's analysis on its own, then the engine's response with
 * `comparison.articles` left empty (the receiver puts the parts back in order). Decoding one big
 * structured clone took the main thread over 50 ms for 50 articles; one message per article keeps
 * every decode short.
 */
export type WorkerMessage = AnalysisResponse | { id: number; part: number; article: ArticleAnalysis };

/** Sentence tokens are the engine's working material and sentence word lists are unused by the view. */
function slim(article: ArticleAnalysis): ArticleAnalysis {
  return {
    ...article,
    sentences: article.sentences.map((s) => ({ ...s, tokens: [], sentiment: { score: s.sentiment.score, comparative: s.sentiment.comparative, words: [] } })),
  };
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
