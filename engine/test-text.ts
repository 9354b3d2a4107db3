/** Text for the engine's unit tests: invented sentences only. */
import type { ComparableArticle } from './align';
import { buildArticle } from './article';

/** Fifteen sentences about something else, so that the words of the story are rare in a test set. */
export const filler = (k: number): string =>
  Array.from({ length: 15 }, (_, i) => `Residents of ward ${k * 20 + i} asked about buses, parks and libraries at the hearing.`).join(' ');

/** An article as the comparison reads it, built from its text. */
export function comparable(id: string, text: string): ComparableArticle {
  const model = buildArticle({ id, text });
  return { id, text, sentences: model.sentences, quotes: model.quotes, actors: [] };
}
