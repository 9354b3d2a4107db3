import type { Span } from './text';
import type { Actor, Highlight, Quote, Sentence } from './types';

/** What the marker pass reads from the article model. */
export interface MarkContext {
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  actors: readonly Actor[];
  headline?: Span | undefined;
}

/** Framing marks of an article, sorted by offset. */
export function findMarks(_text: string, _ctx: MarkContext): Highlight[] {
  return [];
}
