import type { RawQuote } from './article';
import type { Actor, Quote, Sentence } from './types';

/** Actors of an article after coreference, and its quotes with speakers resolved to actor ids. */
export function findActors(
  _text: string,
  _sentences: readonly Sentence[],
  rawQuotes: readonly RawQuote[],
): { actors: Actor[]; quotes: Quote[] } {
  return { actors: [], quotes: rawQuotes.map((q) => ({ ...q })) };
}
