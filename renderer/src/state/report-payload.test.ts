import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../engine/index';
import { forReport, inColumnOrder } from './report-payload';

const SEEDS = resolve(__dirname, '../../../seeds');
const comparison = analyze(
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 3)
    .map((f, i) => ({ id: `a${i}`, text: readFileSync(join(SEEDS, f), 'utf8'), title: f })),
);

describe('the export payload', () => {
  it('leaves out the per-sentence tokens and nothing else', () => {
    const sent = forReport(comparison);
    expect(JSON.stringify(sent)).not.toContain('"tokens"');
    const tokensBack = { ...sent, articles: sent.articles.map((a, i) => ({ ...a, sentences: a.sentences.map((s, j) => ({ ...s, tokens: comparison.articles[i]!.sentences[j]!.tokens })) })) };
    expect(tokensBack).toEqual(comparison);
  });

  it('puts the articles and the coverage columns in column order, keeping each fact with its articles', () => {
    const ordered = inColumnOrder(comparison, ['a2', 'a0', 'a1']);
    expect(ordered.articles.map((a) => a.id)).toEqual(['a2', 'a0', 'a1']);
    expect(ordered.coverage.articleIds).toEqual(['a2', 'a0', 'a1']);
    const carries = (c: typeof comparison, fact: number, id: string) => c.coverage.matrix[fact]![c.coverage.articleIds.indexOf(id)];
    for (let f = 0; f < comparison.coverage.factIds.length; f++) {
      for (const id of ['a0', 'a1', 'a2']) expect(carries(ordered, f, id)).toBe(carries(comparison, f, id));
    }
    expect(() => inColumnOrder(comparison, ['a0', 'zz'])).toThrow('the comparison has no article zz');
  });
});
