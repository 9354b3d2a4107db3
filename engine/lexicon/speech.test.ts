import { describe, expect, it } from 'vitest';
import { highlightClassifier } from '../framing-diff';
import { buildArticle } from '../article';
import type { Token } from '../types';
import { AMBIGUOUS_ATTRIBUTION, ATTRIBUTION, FINITE_SPEECH_VERBS, SPEECH_VERBS } from './speech';

const token = (norm: string): Token => ({ start: 0, end: norm.length, raw: norm, norm, stem: norm, content: true });

describe('speech verbs', () => {
  it('framing differences class a verb only as the column would mark it', () => {
    const classify = highlightClassifier(new Map());
    for (const w of ['showed', 'proved', 'warned', 'states', 'claims']) expect(classify('a', token(w))).toBeUndefined();
    for (const [w, cls] of ATTRIBUTION) {
      if (AMBIGUOUS_ATTRIBUTION.has(w)) continue;
      expect(classify('a', token(w))?.attribution).toBe(cls);
    }
  });

  it('the column marks each class the list gives, and leaves unmarked verbs alone', () => {
    const marks = (verb: string) =>
      buildArticle({ id: 'x', text: `The minister ${verb} that the plan would work.` }).highlights.filter((h) => h.category === 'attribution');
    expect(marks('claimed').map((h) => h.attribution)).toEqual(['doubt']);
    expect(marks('admitted').map((h) => h.attribution)).toEqual(['wrongdoing']);
    expect(marks('warned')).toEqual([]);
  });

  it('every finite form introduces a speaker, and the lists agree', () => {
    for (const w of FINITE_SPEECH_VERBS) expect(SPEECH_VERBS.has(w)).toBe(true);
    for (const [w, cls] of ATTRIBUTION) expect(SPEECH_VERBS.get(w)).toBe(cls);
    const a = buildArticle({ id: 'x', text: '“We will win,” Jane Smith warned on Monday.' });
    expect(a.quotes[0]?.speakerName).toBe('Jane Smith');
  });
});
