import { describe, expect, it } from 'vitest';
import { findMatches, MAX_MATCHES, Search } from './search.svelte';

const ARTICLES = [
  { id: 'a', text: 'Tariffs fell. TARIFFS rose again, tariffs said.' },
  { id: 'b', text: 'No match here.' },
  { id: 'c', text: 'tariffs' },
];

describe('search', () => {
  it('finds every case-insensitive match, column by column', () => {
    const m = findMatches(' tariffs ', ARTICLES);
    expect(m.map((x) => `${x.articleId}:${x.start}`)).toEqual(['a:0', 'a:14', 'a:34', 'c:0']);
    expect(ARTICLES[0]!.text.slice(m[1]!.start, m[1]!.end)).toBe('TARIFFS');
    expect(findMatches('', ARTICLES)).toEqual([]);
  });

  it('caps the count', () => {
    expect(findMatches('a', [{ id: 'x', text: 'a'.repeat(MAX_MATCHES * 2) }])).toHaveLength(MAX_MATCHES);
  });

  it('steps forward and back, wrapping around', () => {
    const s = new Search();
    s.run('tariffs', ARTICLES);
    expect(s.current).toBe(0);
    expect(s.step(-1)?.articleId).toBe('c');
    expect(s.step(1)?.start).toBe(0);
    s.step(1);
    expect(s.current).toBe(1);
    s.close();
    expect(s.matches).toEqual([]);
    expect(s.step(1)).toBeUndefined();
  });
});
