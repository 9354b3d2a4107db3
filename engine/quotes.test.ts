import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { findQuotes } from './quotes';

function quotesOf(text: string): [string, string | undefined][] {
  return findQuotes(text, buildArticle({ id: 'x', text }).sentences).map((q) => [q.text, q.speakerName]);
}

describe('quotes with mixed marks', () => {
  it('pairs a curly opening mark with a straight closing one, and a straight opening mark with a curly closing one', () => {
    const text = 'Title Line\n\n“The bridge will open in May," Mayor Ann Lee said. "The road stays shut,” Jo Park said. The council met.';
    expect(quotesOf(text)).toEqual([
      ['The bridge will open in May,', 'Mayor Ann Lee'],
      ['The road stays shut,', 'Jo Park'],
    ]);
  });
});

describe('quotes cut off by an excerpt', () => {
  it('runs a quote left open before an ellipsis to its paragraph end, and keeps other unclosed marks out', () => {
    const text = 'Title Line\n\nThe mayor said: “We will rebuild the old bridge and the…\n\nThe council said: "Every road will be…\n\nAn “unclosed mark here.';
    expect(quotesOf(text).map((q) => q[0])).toEqual(['We will rebuild the old bridge and the…', 'Every road will be…']);
  });

  it('keeps a cut quote at the end of the text', () => {
    const text = 'Title Line\n\nThe mayor said: "We will rebuild the old bridge and the...';
    expect(quotesOf(text).map((q) => q[0])).toEqual(['We will rebuild the old bridge and the...']);
  });
});

describe('quotes whose opening mark is missing', () => {
  it('reaches back to the paragraph start from a closing mark followed by its attribution', () => {
    const text = 'Title Line\n\nthe new bridge is a great relief," she said. The council met on Monday.';
    expect(quotesOf(text)).toEqual([['the new bridge is a great relief,', 'she']]);
  });

  it('goes on after the paragraph’s previous quote and its attribution, with that quote’s speaker', () => {
    const text = 'Title Line\n\n"The bridge is ready," Jo Park said on Monday. It took two years. We are proud of it."\n\nThe council met.';
    expect(quotesOf(text)).toEqual([
      ['The bridge is ready,', 'Jo Park'],
      ['It took two years. We are proud of it.', 'Jo Park'],
    ]);
  });

  it('gives a quote that opens the sentence right after another quote’s attribution that quote’s speaker', () => {
    const text =
      'Title Line\n\n“The bridge is ready,” Dana Brandt said on Monday. “We will open it in May.”\n\n“It is late,” Lena Ortiz said, adding that the road was shut. “Nobody asked us.”\n\nThe council met. “The road stays shut.”';
    expect(quotesOf(text)).toEqual([
      ['The bridge is ready,', 'Dana Brandt'],
      ['We will open it in May.', 'Dana Brandt'],
      ['It is late,', 'Lena Ortiz'],
      ['Nobody asked us.', undefined],
      ['The road stays shut.', undefined],
    ]);
  });

  it('reads a curly closing mark with no opening mark the same way', () => {
    const text = 'Title Line\n\nthe plan is sound,” the mayor said.';
    expect(quotesOf(text)).toEqual([['the plan is sound,', undefined]]);
  });
});

describe('stray marks', () => {
  it('takes a straight mark after a digit for an inch mark, not a quote', () => {
    const text = 'Title Line\n\nThe guard is 6\'2" tall and said "hello" to all of us.';
    expect(quotesOf(text).map((q) => q[0])).toEqual(['hello']);
  });

  it('opens no quote at a closing mark with neither attribution nor paragraph end after it', () => {
    const text = 'Title Line\n\nThe plan." was printed twice. The road is "closed" now.';
    expect(quotesOf(text).map((q) => q[0])).toEqual(['closed']);
  });

  it('never turns a long paragraph or a heading into a quote from one unbalanced mark', () => {
    const long = 'The council met again on Monday to talk about the road. '.repeat(40);
    expect(quotesOf(`Title Line\n\n${long}It is done."`)).toEqual([]);
    expect(quotesOf(`Title Line\n\nThe mayor said: "It is ${long}…`)).toEqual([]);
    expect(quotesOf('Mayor Opens the Bridge."\n\nThe council met.')).toEqual([]);
  });
});
