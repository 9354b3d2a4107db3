import { describe, expect, it } from 'vitest';
import { MEMO_LIMIT, memoized } from './memo';

describe('memoized', () => {
  it('asks once per key, keeping undefined and null answers too', () => {
    const asked: string[] = [];
    const answer = memoized((key: string) => {
      asked.push(key);
      return key === 'none' ? undefined : key === 'null' ? null : key.length;
    });
    for (let round = 0; round < 3; round++) expect(['ab', 'none', 'null', 'abc'].map(answer)).toEqual([2, undefined, null, 3]);
    expect(asked).toEqual(['ab', 'none', 'null', 'abc']);
  });

  it('forgets every answer once it holds MEMO_LIMIT keys, and asks again', () => {
    let asked = 0;
    const answer = memoized((key: string) => {
      asked++;
      return key;
    });
    for (let i = 0; i < MEMO_LIMIT; i++) answer(`w${i}`);
    answer('w0');
    expect(asked).toBe(MEMO_LIMIT);
    answer('one more');
    answer('w0');
    expect(asked).toBe(MEMO_LIMIT + 2);
  });

  it('forgets at a limit of its own where one is given', () => {
    const asked: string[] = [];
    const answer = memoized((key: string) => {
      asked.push(key);
      return key;
    }, 2);
    for (const key of ['a', 'b', 'a', 'c', 'a']) answer(key);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
