/** The messages between the analysis worker and the page: requests carry an `id`, answers echo it. */
import type { AnalyzeOptions, ArticleAnalysis, ArticleInput, Comparison } from '../../../engine/index';
import type { AssetName } from '../../../engine/assets';
import type { Overview } from '../../../report/overview';

/** A request to the analysis worker; `id` pairs it with its response. */
export interface AnalysisRequest {
  id: number;
  inputs: ArticleInput[];
  options?: AnalyzeOptions;
  /**
   * The outlet name of each article, by id: given, the worker also builds "How they differ" from the
   * comparison (off the page's thread: for 50 articles it takes about 20 ms).
   */
  names?: [string, string][];
}

/**
 * The engine's asset files, which the page fetches as it starts and gives every analysis worker it starts
 * (renderer/src/workers/assets.ts), or why it could not fetch them: the worker answers no request before either.
 */
export type AssetsMessage = { assets: Record<AssetName, ArrayBuffer> } | { assetsError: string };

/** What the page sends the analysis worker. */
export type ToWorker = AnalysisRequest | AssetsMessage;

/** The analysis worker's answer to the request with the same `id`; `ms` is the time analyze() took. */
export type AnalysisResponse =
  | { id: number; ok: true; comparison: Comparison; ms: number; overview?: Overview }
  | { id: number; ok: false; error: string };

/**
 * What the worker posts: first each article's analysis on its own and the long lists in slices, then the
 * engine's response with `comparison.articles` and those lists left empty (the receiver puts the parts back in order). Decoding one big
 * structured clone took the main thread over 50 ms for 50 articles; one message per article keeps
 * every decode short.
 */
export type WorkerMessage =
  | AnalysisResponse
  | { id: number; part: number; article: ArticleAnalysis }
  | { id: number; field: SlicedField; items: unknown[] };

/**
 * The comparison's long lists, sent a slice at a time before the response (which then holds them empty):
 * at 50 articles they are over a megabyte, and decoding them in one message held the page for tens of ms.
 */
export const SLICED_FIELDS = ['facts', 'alignments', 'concepts'] as const;
export type SlicedField = (typeof SLICED_FIELDS)[number];
/** Items per slice. */
export const SLICE = 500;
