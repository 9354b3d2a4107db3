/** AFINN-165 word scores as the `sentiment` package uses them (a read-only copy of the list it bundles). */
import afinn from 'sentiment/languages/en/labels.json';

/** AFINN-165 word scores, −5 to +5, by lower-cased word or listed compound ("short-sighted"). */
export const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(afinn as Record<string, number>));
