import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { nameOpeningPronouns } from './fact-subjects';
import type { ComparableArticle } from './align';
import type { Fact, Omission } from './types';

/** Article `id` as the comparison sees it, with the actors its own analysis finds. */
function article(id: string, text: string): ComparableArticle {
  const model = buildArticle({ id, text });
  return { id, text, sentences: model.sentences, quotes: model.quotes, actors: model.actors };
}

/** The text of the statement shown by sentence `at` of the first article, and of a box for it in the second, once named. */
function named(text: string, at: number): { fact: string; box: string } {
  const a = article('a', text);
  const shown = a.sentences[at]!.text.trim();
  const fact: Fact = { id: 's1', kind: 'statement', text: shown, presentIn: ['a'], sentences: { a: at } };
  const box: Omission = { factId: 's1', kind: 'statement', text: shown, presentIn: ['a'], anchor: { afterSentence: 0 } };
  nameOpeningPronouns([fact], { b: [box] }, [a, article('b', 'The harbour board met on Monday.')]);
  return { fact: fact.text, box: box.text };
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
