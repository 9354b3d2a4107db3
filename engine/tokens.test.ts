import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagColumns } from './nlp';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it("gives the same tokens when reading wink-nlp's strings of the words it knows", () => {
    const seeds = join(import.meta.dirname, '..', 'seeds');
    const texts = [
      ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8')),
      "I can't say the U.S. didn’t pay $1,200.50 — “not at all,” Mr. Smith said!!! 90-minute talks (R-Texas).",
    ];
    for (const text of texts) {
      const known = tagColumns(text);
      const half = text.length >> 1;
      // the whole text, and two pieces from offsets inside it
      expect(tokenize(text, 0, text.length, known)).toEqual(tokenize(text));
      expect(tokenize(text, half, text.length, known)).toEqual(tokenize(text, half));
      expect(tokenize(text, 3, half, known)).toEqual(tokenize(text, 3, half));
    }
  });
});
