import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { analyze } from './index';

// Adversarial inputs for the actor stages: long runs of one token class on one line. Each test must finish
// within its timeout; a quadratic step (a search per token over the whole run) would not.
const TIMEOUT = 60_000;

/** One line of `n` copies of words drawn from `words`, separated by spaces. */
const run = (words: readonly string[], min: number, max: number) =>
  fc.array(fc.constantFrom(...words), { minLength: min, maxLength: max }).map((w) => w.join(' '));

describe('actor stages stay linear on adversarial runs', () => {
  it(
    'a line of country names, titles and label words ("U.S. U.S. …", "former Secretary of State …")',
    () => {
      const words = ['U.S.', 'US', 'North', 'Korean', 'President', 'former', 'Secretary', 'of', 'State', 'Chinese', 'leader', 'Mr.', 'May'];
      fc.assert(
        fc.property(run(words, 20_000, 30_000), (line) => {
          const a = buildArticle({ id: 'a', text: `${line} Smith said.` });
          expect(a.sentences.length).toBeGreaterThan(0);
        }),
        { numRuns: 3 },
      );
    },
    TIMEOUT,
  );

  it(
    'ten thousand distinct full names sharing a surname ("Xxxx Smith said it.")',
    () => {
      const first = fc.stringMatching(/^[A-Z][a-z]{4}$/u);
      fc.assert(
        fc.property(fc.array(first, { minLength: 8_000, maxLength: 10_000 }), (names) => {
          const text = names.map((n) => `${n} Smith said it.`).join(' ') + ' Smith agreed. The president left.';
          const c = analyze([{ id: 'a', text }, { id: 'b', text: 'Smith said it. President Smith left.' }]);
          expect(c.articles).toHaveLength(2);
        }),
        { numRuns: 1 },
      );
    },
    TIMEOUT,
  );

  it(
    'thousands of presidents and of "the president" in one article',
    () => {
      const first = fc.stringMatching(/^[A-Z][a-z]{5}$/u);
      fc.assert(
        fc.property(fc.array(first, { minLength: 5_000, maxLength: 6_000 }), (names) => {
          const text = names.map((n) => `President ${n} Jones spoke. The president left.`).join(' ');
          const c = analyze([{ id: 'a', text }]);
          expect(c.articles[0]!.actors.length).toBeGreaterThan(0);
        }),
        { numRuns: 2 },
      );
    },
    TIMEOUT,
  );
});
