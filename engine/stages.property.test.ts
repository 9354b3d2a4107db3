import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { findQuantities } from './numbers';
import { findQuotes } from './quotes';
import { findDateline, sentenceSpans } from './sentences';
import { scoreSpans } from './sentiment';
import { countWords, headline, paragraphs } from './text';
import { tokenize } from './tokens';
import type { Sentence } from './types';

/** The longest line the loaders accept (electron/limits.ts MAX_LINE_CHARS). */
const LINE_LIMIT = 200_000;

/** One unit of a single token class, repeated to make a line: letters, capitals, digits, punctuation, quotes, acronyms. */
const UNITS = [
  'a', 'A', '1', '.', '!', '-', '"', '“', '‘a ', '1,', '$1 ', 'a-', 'a.', "a'", 'U.S. ', 'Mr. ', 'A. ', 'one ',
  'He said it. ', 'Smith ', 'first since ', 'May 12 ', '“a,” he said. ', ' ', 'bad ', 'Bad ',
];

/** Runs every stage the article builder owns before actors: each must end, and its spans must slice back. */
function runStages(text: string): void {
  const paras = paragraphs(text);
  const head = headline(text, paras);
  const spans = sentenceSpans(text, paras, head, findDateline(text, paras, head));
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    last = s.end;
  }
  countWords(text);
  const sentences: Sentence[] = spans.map((s, index) => ({
    index,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    tokens: tokenize(text, s.start, s.end),
    heading: s.heading,
    sentiment: { score: 0, comparative: 0, words: [] },
  }));
  // untagged here: the tone reads what the tagger would leave unset
  scoreSpans(text, sentences);
  for (const q of findQuotes(text, sentences)) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const s of sentences.slice(0, 2_000)) findQuantities(s.text);
}

describe('stages end on hostile text (each run relies on the test timeout, never on a clock)', () => {
  it('a line at the line limit made of one token class', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNITS), fc.integer({ min: LINE_LIMIT / 2, max: LINE_LIMIT }), (unit, length) => {
        runStages(unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('many short identical lines, hard-wrapped into one block', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('abc def ghi jk', 'He said it.', 'U.S.', '“a', 'Mr. Smith', '1,000'),
        fc.integer({ min: 20_000, max: 99_000 }),
        (line, count) => {
          const text = `${line}\n`.repeat(count);
          runStages(text);
          for (const p of paragraphs(text)) expect(p.end - p.start).toBeLessThanOrEqual(LINE_LIMIT);
        },
      ),
      { numRuns: 6 },
    );
  }, 240_000);

  it('many short lines of mixed classes with blank lines between', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS, '\n', '\n\n', '- '), { minLength: 50_000, maxLength: 100_000 }), (parts) => {
        runStages(parts.join(''));
      }),
      { numRuns: 4 },
    );
  }, 240_000);
});

describe('the article builder on a line without spaces', () => {
  it('tags words around a run at the line limit, which wink-nlp is never handed', () => {
    for (const unit of ['A', 'a-', '!']) {
      const text = `Officials said it.\n\n${unit.repeat(LINE_LIMIT / unit.length)}\n\nThe minister left.`;
      const a = buildArticle({ id: 'x', text });
      expect(a.sentences.at(-1)?.tokens.find((t) => t.norm === 'minister')?.pos).toBe('NOUN');
    }
  }, 240_000);
});
