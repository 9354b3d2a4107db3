import { describe, expect, it } from 'vitest';
import type { Actor, ArticleAnalysis } from '../../../engine/index';
import { conceptRows, labelKey, labelRows } from './actor-labels';

const actor = (id: string, labels: string[], nominal: string[] = []): Actor => ({
  id,
  name: id,
  kind: 'person',
  labels,
  mentions: [
    { start: 0, end: 1, text: id, sentence: 0 },
    ...nominal.map((label, i) => ({
      start: 10 + i,
      end: 11 + i,
      text: `the ${label}`,
      sentence: 1,
      label,
    })),
  ],
  sentiment: { score: 0, comparative: 0 },
});
const article = (id: string, actors: Actor[]) => ({ id, actors }) as unknown as ArticleAnalysis;

describe('labels compared across articles', () => {
  it('marks a label only some articles use as differing, and a title every article uses as shared', () => {
    const rows = labelRows([
      article('a', [actor('kim', ['North Korean leader'], ['dictator']), actor('pompeo', ['Secretary of State'])]),
      article('b', [actor('kim', ['North Korean leader']), actor('pompeo', ['Secretary of State'])]),
    ]);
    const kim = rows.find((r) => r.id === 'kim')!;
    expect(kim.differs).toBe(true);
    expect(kim.labels.get('a')).toEqual([
      { text: 'North Korean leader', differs: false },
      { text: 'dictator', differs: true },
    ]);
    const pompeo = rows.find((r) => r.id === 'pompeo')!;
    expect(pompeo.differs).toBe(false);
    expect(pompeo.labels.get('b')).toEqual([{ text: 'Secretary of State', differs: false }]);
  });

  it('compares labels without case or a leading article', () => {
    expect(labelKey('The  President')).toBe(labelKey('president'));
    const rows = labelRows([article('a', [actor('x', ['President'])]), article('b', [actor('x', [], ['president'])])]);
    expect(rows[0]!.differs).toBe(false);
  });

  it('counts naming an actor without any label as a difference from labelling it', () => {
    const rows = labelRows([article('a', [actor('x', ['dictator'])]), article('b', [actor('x', [])])]);
    expect(rows[0]!.differs).toBe(true);
  });
});

describe('concept namings', () => {
  it("lists each outlet's namings, most used first, bold where another outlet does not use them", () => {
    const m = (articleId: string, text: string) => ({
      articleId,
      text,
      sentence: 0,
      start: 0,
      end: text.length,
    });
    const [row] = conceptRows([
      {
        id: 'concept-caravan',
        name: 'caravan',
        heads: ['caravan'],
        mentions: [m('a', 'caravan'), m('a', 'migrant caravan'), m('a', 'caravan'), m('b', 'caravan'), m('b', 'invasion caravan')],
      },
    ]);
    expect(row!.namings.get('a')).toEqual([
      { text: 'caravan', differs: false },
      { text: 'migrant caravan', differs: true },
    ]);
    expect(row!.namings.get('b')).toEqual([
      { text: 'caravan', differs: false },
      { text: 'invasion caravan', differs: true },
    ]);
  });
});
