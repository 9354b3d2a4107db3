/** The messages between the analysis worker and the page: requests carry an `id`, answers echo it. */
import type { AnalyzeOptions, ArticleAnalysis, ArticleInput, Comparison } from '../../../engine/index';

/** A request to the analysis worker; `id` pairs it with its response. */
export interface AnalysisRequest {
  id: number;
  inputs: ArticleInput[];
  options?: AnalyzeOptions;
}

/** The analysis worker's answer to the request with the same `id`; `ms` is the time analyze() took. */
export type AnalysisResponse =
  | { id: number; ok: true; comparison: Comparison; ms: number }
  | { id: number; ok: false; error: string };

/**
 * What the worker posts: first each article's analysis on its own, then the engine's response with
 * `comparison.articles` left empty (the receiver puts the parts back in order). Decoding one big
 * structured clone took the main thread over 50 ms for 50 articles; one message per article keeps
 * every decode short.
 */
export type WorkerMessage = AnalysisResponse | { id: number; part: number; article: ArticleAnalysis };
