/** VADER's mean valence ratings for the English words of clear feeling that AFINN-165 lacks (see SOURCES.md). */
import { VADER_RATINGS } from './vader-words';

/** VADER's mean rating, −4 to +4, by lower-cased word, for the words AFINN does not score (scripts/build-vader.ts). */
export const VADER: ReadonlyMap<string, number> = new Map(Object.entries(VADER_RATINGS));

/** A VADER rating on AFINN's scale (−5 to +5), so that one set of strength rules judges both lists. */
export function vaderOnAfinnScale(rating: number): number {
  return (rating * 5) / 4;
}
