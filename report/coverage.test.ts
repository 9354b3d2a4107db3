import { describe, expect, it } from 'vitest';
import type { Comparison } from '../engine/types';
import { cellState, storiesOf } from './model';

const fact: Comparison['facts'][number] = {
  id: 's1',
  kind: 'statement',
  text: 'The council approved the budget.',
  presentIn: ['a', 'b'],
  sentences: { a: 0, b: 2 },
  partialIn: ['c'],
  omittedBy: ['d'],
};

describe('coverage cells from the fact table', () => {
  it('tells carrying, telling in part, leaving out and a gap that is no omission apart', () => {
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => cellState(fact, id))).toEqual(['carries', 'carries', 'part', 'left-out', 'none']);
  });

  it('lists the stories only when the set holds several', () => {
    const one = { stories: [['a', 'b', 'c']] } as unknown as Comparison;
    const two = { stories: [['a', 'b'], ['c']] } as unknown as Comparison;
    expect(storiesOf(one)).toEqual([]);
    expect(storiesOf(two)).toEqual([['a', 'b'], ['c']]);
  });
});
