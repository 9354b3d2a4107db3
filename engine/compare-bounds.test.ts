import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { compare, type ComparableArticle } from './compare';
import type { Quote, Sentence } from './types';

/** An article whose sentences are the given lines, made without the per-article stages (they have bounds of their own). */
function articleOf(id: string, lines: string[], quotes: (text: string, start: number) => Quote[] = () => []): ComparableArticle {
  const text = lines.join('\n');
  const sentences: Sentence[] = [];
  const allQuotes: Quote[] = [];
  let at = 0;
  lines.forEach((line, index) => {
    const start = at;
    const end = at + line.length;
    sentences.push({ index, paragraph: index, start, end, text: line, tokens: tokenize(text, start, end), heading: false, sentiment: { score: 0, comparative: 0, words: [] } });
    allQuotes.push(...quotes(line, start));
    at = end + 1;
  });
  return { id, text, sentences, quotes: allQuotes };
}

const word = fc.constantFrom('back', 'first', 'since', 'office', 'U.S.', 'took', 'the', 'a', 'said');
/** A long run of one token class: the shape that makes a backtracking pattern or a pairwise search blow up. */
const run = (min: number, max: number) => fc.tuple(word, fc.integer({ min, max })).map(([w, n]) => Array.from({ length: n }, () => w).join(' '));

describe('compare stays bounded on adversarial sets', () => {
  it('reads "first … since" references made of long runs of one word', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(run(2_000, 20_000), run(2_000, 20_000), (a, b) => {
        const r = compare([articleOf('a', [`It is the first since back ${a}.`]), articleOf('b', [`the first since ${b} office`]), articleOf('c', ['Nothing here.'])]);
        expect(r.facts.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 4 },
    );
  });

  it('compares two articles of thousands of "first … since …" sentences', { timeout: 60_000 }, () => {
    const lines = (n: number, month: string) => Array.from({ length: n }, (_, i) => `This is the first visit ${i} since ${month} 2020 and the talks.`);
    const r = compare([articleOf('a', lines(3_000, 'January')), articleOf('b', lines(3_000, 'March')), articleOf('c', lines(10, 'May'))]);
    expect(r.contradictions.some((c) => c.kind === 'ordinal')).toBe(true);
  });

  it('groups thousands of identical lines without comparing each with every other', { timeout: 60_000 }, () => {
    const same = Array.from({ length: 20_000 }, () => 'The committee approved the measure on Tuesday after a long debate.');
    const r = compare([articleOf('a', same), articleOf('b', same.slice(0, 100)), articleOf('c', ['The committee approved the measure.'])]);
    expect(r.alignments.length).toBeGreaterThan(0);
  });

  it('matches tens of thousands of distinct short quotes in linear work', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 30_000 }), fc.integer({ min: 1, max: 1_000 }), (n, seed) => {
        const lines = Array.from({ length: n }, (_, i) => `He said “word${i} thing${(i * seed) % 997} here”.`);
        const quote = (line: string, start: number): Quote[] => {
          const s = line.indexOf('“');
          const e = line.indexOf('”');
          return [{ start: start + s + 1, end: start + e, text: line.slice(s + 1, e) }];
        };
        const r = compare([articleOf('a', lines, quote), articleOf('b', lines.slice(0, 50), quote), articleOf('c', ['Nothing.'])]);
        expect(r.facts.filter((f) => f.kind === 'quote').length).toBeGreaterThan(0);
      }),
      { numRuns: 2 },
    );
  });
});
