import { describe, expect, it } from 'vitest';
import { align, type ComparableArticle } from './align';
import { buildArticle } from './article';
import { FactTable } from './fact-table';
import { nameOpeningPronouns } from './fact-subjects';
import type { Omission } from './types';

/** Article `id` as the comparison sees it, with the actors its own analysis finds. */
function article(id: string, text: string): ComparableArticle {
  const model = buildArticle({ id, text });
  return { id, text, sentences: model.sentences, quotes: model.quotes, actors: model.actors };
}

/** The text of the statement shown by sentence `at` of the first article, and of a box for it in the second, once named. */
function named(text: string, at: number): { fact: string; box: string } {
  const articles = [article('a', text), article('b', 'The harbour board met on Monday.')];
  const alignment = align(articles);
  const shown = alignment.prepared[0]![at]!;
  const d = new FactTable(alignment).carry('s1', 'statement', shown, () => shown.sentence.text.trim());
  const box: Omission = { factId: d.fact.id, kind: 'statement', text: d.fact.text, presentIn: ['a'], anchor: { afterSentence: 0 } };
  nameOpeningPronouns([d], { b: [box] }, articles, alignment);
  return { fact: d.fact.text, box: box.text };
}

describe('a statement that opens with a pronoun', () => {
  it('names, in brackets, the one person the sentence before names', () => {
    const text = 'Dana Brandt has chaired the harbour board since 2019. She said the ferry fees would rise in March.';
    expect(named(text, 1)).toEqual({ fact: '[Dana Brandt] said the ferry fees would rise in March.', box: '[Dana Brandt] said the ferry fees would rise in March.' });
  });

  it('stays as written where the sentence before names several people, or none', () => {
    const several = 'Dana Brandt met Tomas Lee at the harbour on Monday. He said the ferry fees would rise in March.';
    expect(named(several, 1).fact).toBe('He said the ferry fees would rise in March.');
    const none = 'The harbour board met on Monday. He said the ferry fees would rise in March.';
    expect(named(none, 1).fact).toBe('He said the ferry fees would rise in March.');
  });
});
