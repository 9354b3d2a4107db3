import { describe, expect, it } from 'vitest';
import type { FactDetail } from './fact-table';
import { MINOR_BELOW, rankOmissions } from './importance';
import type { Omission } from './types';

/** A statement fact of the given importance, as the fact table holds it. */
function detail(id: string, importance: number, loose = false): FactDetail {
  return { fact: { id, kind: 'statement', text: id, presentIn: ['a', 'b'], sentences: { a: 0, b: 0 }, importance }, groups: [], ...(loose ? { loose } : {}) };
}

const omission = (factId: string): Omission => ({ factId, kind: 'statement', text: factId, presentIn: ['a', 'b'], anchor: { afterSentence: 0 } });

describe('ranking omissions', () => {
  it('lists the important ones first and folds those under the bar', () => {
    const omissions = { c: [omission('s1'), omission('s2'), omission('s3')] };
    rankOmissions(omissions, [detail('s1', MINOR_BELOW - 0.05), detail('s2', 0.8), detail('s3', 0.5)]);
    expect(omissions.c.map((o) => [o.factId, o.importance, o.minor])).toEqual([
      ['s2', 0.8, false],
      ['s3', 0.5, false],
      ['s1', MINOR_BELOW - 0.05, true],
    ]);
  });

  it('folds what a statement no other article says plainly leaves out, after the important ones, whatever its rank', () => {
    const omissions = { c: [omission('s1'), omission('s2'), omission('s3')] };
    rankOmissions(omissions, [detail('s1', 0.9, true), detail('s2', 0.5), detail('s3', MINOR_BELOW - 0.1)]);
    expect(omissions.c.map((o) => [o.factId, o.minor])).toEqual([
      ['s2', false],
      ['s1', true],
      ['s3', true],
    ]);
  });

  it('folds a statement fewer than the threshold carry, left out because others tell it in part, whatever its rank', () => {
    const told = (factId: string, presentIn: string[], partialIn?: string[]): Omission => ({ ...omission(factId), presentIn, ...(partialIn ? { partialIn } : {}) });
    const omissions = { c: [told('s1', ['a'], ['b']), told('s2', ['a', 'b'], ['d'])] };
    rankOmissions(omissions, [detail('s1', 0.9), detail('s2', 0.5)], 2);
    expect(omissions.c.map((o) => [o.factId, o.minor])).toEqual([
      ['s2', false],
      ['s1', true],
    ]);
  });
});
