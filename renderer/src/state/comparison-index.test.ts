import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Highlight, MarkCategory, Sentence } from '../../../engine/index';
import { orderHighlights, segmentParagraph, summariseDifferences } from './comparison-index';
import { omissionsByParagraph } from './summaries';

function sentence(index: number, start: number, end: number, text: string): Sentence {
  return { index, start, end, paragraph: 0, text: text.slice(start, end), tokens: [], heading: false, sentiment: { score: 0, comparative: 0, words: [] } };
}

function mark(start: number, end: number, text: string, category: MarkCategory = 'loaded'): Highlight {
  return { start, end, text: text.slice(start, end), category, reason: 'r' };
}

describe('segmentParagraph', () => {
  const text = 'Title\n\nTrump claimed it. Xi noted a VERY TOUGH stance.\n\nEnd.';
  const at = (word: string) => text.indexOf(word);
  const para = { start: at('Trump'), end: at('stance.') + 7 };
  const sentences = [
    sentence(0, 0, 5, text),
    sentence(1, at('Trump'), at(' Xi'), text),
    sentence(2, at('Xi'), at('stance.') + 7, text),
    sentence(3, at('End'), text.length, text),
  ];
  const tough = [at('VERY'), at('VERY') + 'VERY TOUGH'.length] as const;

  it('cuts a paragraph into its sentences and marks, slicing the text exactly', () => {
    const marks = orderHighlights([mark(at('claimed'), at('claimed') + 7, text, 'attribution'), mark(...tough, text, 'emphasis')]);
    const runs = segmentParagraph(text, para, sentences, marks);
    expect(runs.map((r) => r.sentence)).toEqual([1, -1, 2]);
    expect(runs.map((r) => r.pieces.map((p) => p.text).join('')).join('')).toBe(text.slice(para.start, para.end));
    expect(runs[0]!.pieces.find((p) => p.mark)?.text).toBe('claimed');
    expect(runs[2]!.pieces.find((p) => p.mark)?.text).toBe('VERY TOUGH');
  });

  it('keeps the earlier (then longer) of two overlapping marks', () => {
    const ordered = orderHighlights([mark(tough[0], tough[0] + 4, text), mark(...tough, text), mark(at('TOUGH'), at('stance') + 6, text)]);
    expect(ordered.map((m) => m.text)).toEqual(['VERY TOUGH']);
  });

  it('slices any text exactly whatever the sentences and marks', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        (s, sentenceCuts, markCuts) => {
          const n = s.length;
          const spans = (cuts: [number, number][]) =>
            cuts.map(([a, b]) => [Math.min(a % (n + 1), b % (n + 1)), Math.max(a % (n + 1), b % (n + 1))] as const).filter(([a, b]) => b > a);
          const ss = spans(sentenceCuts)
            .sort((a, b) => a[0] - b[0])
            .map(([a, b], i) => sentence(i, a, b, s));
          const ms = orderHighlights(spans(markCuts).map(([a, b]) => mark(a, b, s)));
          const p = { start: 0, end: n };
          const runs = segmentParagraph(s, p, ss, ms);
          expect(runs.map((r) => r.pieces.map((x) => x.text).join('')).join('')).toBe(s);
          for (const r of runs) for (const x of r.pieces) expect(s.slice(x.start, x.end)).toBe(x.text);
        },
      ),
    );
  });
});

describe('differences and omissions', () => {
  it('groups an alignment’s differing words by article, framing words first', () => {
    const rows = summariseDifferences({
      id: 'a1',
      similarity: 0.8,
      factIds: [],
      members: [
        { articleId: '000', sentence: 30 },
        { articleId: '001', sentence: 7 },
      ],
      differences: [
        { articleId: '000', sentence: 30, text: 'claimed', start: 0, end: 7, category: 'attribution', reason: 'doubt' },
        { articleId: '000', sentence: 30, text: 'side', start: 8, end: 12 },
        { articleId: '001', sentence: 7, text: 'confirmed', start: 0, end: 9, category: 'attribution', reason: 'endorse' },
        { articleId: '001', sentence: 7, text: 'Confirmed', start: 20, end: 29, category: 'attribution', reason: 'endorse' },
      ],
    });
    expect(rows.map((r) => [r.articleId, r.framed.map((w) => w.text), r.other])).toEqual([
      ['000', ['claimed'], ['side']],
      ['001', ['confirmed'], []],
    ]);
  });

  it('places an omission after the paragraph holding its anchor sentence', () => {
    const text = 'Head\n\nOne. Two.\n\nThree.';
    const paragraphs = [
      { start: 0, end: 4 },
      { start: 6, end: 15 },
      { start: 17, end: 23 },
    ];
    const analysis = {
      sentences: [sentence(0, 0, 4, text), sentence(1, 6, 10, text), sentence(2, 11, 15, text), sentence(3, 17, 23, text)],
      omissions: [
        { factId: 'f1', text: 'x', presentIn: ['b', 'c'], anchor: { afterSentence: 2 } },
        { factId: 'f2', text: 'y', presentIn: ['b', 'c'], anchor: { afterSentence: -1 } },
        { factId: 'f3', text: 'z', presentIn: ['b', 'c'], anchor: { afterSentence: 3 } },
      ],
    } as unknown as Parameters<typeof omissionsByParagraph>[2];
    const byParagraph = omissionsByParagraph(paragraphs, 0, analysis);
    expect([...byParagraph.entries()].map(([p, list]) => [p, list.map((o) => o.factId)])).toEqual([
      [1, ['f1']],
      [0, ['f2']],
      [2, ['f3']],
    ]);
  });
});
