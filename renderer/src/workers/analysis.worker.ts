/// <reference lib="webworker" />
import { analyze, type AnalysisRequest, type AnalysisResponse, type Comparison } from '../../../engine/index';

/**
 * Sentence tokens are the engine's working material; the view never reads them. Dropping them here
 * keeps the structured clone the main thread must decode on arrival small (for 50 articles it was
 * most of the message).
 */
function slim(comparison: Comparison): Comparison {
  return {
    ...comparison,
    articles: comparison.articles.map((a) => ({ ...a, sentences: a.sentences.map((s) => ({ ...s, tokens: [] })) })),
  };
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, inputs, options } = event.data;
  let response: AnalysisResponse;
  try {
    const started = performance.now();
    const comparison = analyze(inputs, options);
    response = { id, ok: true, comparison: slim(comparison), ms: Math.round(performance.now() - started) };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
