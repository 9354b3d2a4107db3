import { describe, expect, it } from 'vitest';
import { align, type ComparableArticle } from './align';
import { buildArticle } from './article';
import { FactTable } from './fact-table';
import { continuesSentenceBefore, foldContinuations, nameOpeningPronouns } from './fact-subjects';
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

  it("names the person another article's telling points to, where the shown one points to several, and not where two point to different people", () => {
    const shown = 'Dana Brandt met Tomas Lee at the harbour on Monday. He said the ferry fees would rise in March.';
    const fact = (...others: string[]) => {
      const articles = [article('a', shown), ...others.map((text, k) => article(`o${k}`, text)), article('z', 'The harbour board met on Monday.')];
      const alignment = align(articles);
      const table = new FactTable(alignment);
      const d = table.carry('s1', 'statement', alignment.prepared[0]![1]!, () => alignment.prepared[0]![1]!.sentence.text.trim());
      others.forEach((_, k) => table.add(d, alignment.prepared[k + 1]![1]!));
      nameOpeningPronouns([d], {}, articles, alignment);
      return d.fact.text;
    };
    expect(fact('Tomas Lee chairs the harbour board. He said the ferry fees would go up in March.')).toBe('[Tomas Lee] said the ferry fees would rise in March.');
    // the other telling opens otherwise: it says nothing of the pronoun
    expect(fact('Tomas Lee chairs the harbour board. The ferry fees would go up in March, he said.')).toBe('He said the ferry fees would rise in March.');
    const lee = 'Tomas Lee chairs the harbour board. He said the ferry fees would go up in March.';
    expect(fact(lee, 'Dana Brandt chairs the ferry company. He said the ferry fees would go up in March.')).toBe('He said the ferry fees would rise in March.');
    expect(fact(lee, 'The ferry company met on Monday. He said the ferry fees would go up in March.')).toBe('[Tomas Lee] said the ferry fees would rise in March.');
  });
});

/** Sentence `at` of a text, as an article's analysis gives it. */
const sentenceOf = (text: string, at: number) => buildArticle({ id: 'a', text }).sentences[at]!;

describe('a statement that goes on from the sentence before it', () => {
  it('opens with a connective and a subject that points back', () => {
    const before = 'The council passed the budget on Monday. ';
    for (const s of ['Yet they also claim the plan is too costly for the city.', 'Now, it appears to require new staff for the harbour.', 'But this means higher fees for every ferry.']) {
      expect(continuesSentenceBefore(sentenceOf(before + s, 1)), s).toBe(true);
    }
  });

  it('is not one that names its subject, opens with no connective, or whose "it" a clause of its own follows', () => {
    const before = 'The council passed the budget on Monday. ';
    for (const s of [
      'Yet the mayor also claims the plan is too costly for the city.',
      'They also claim the plan is too costly for the city.',
      'But it was reported on Tuesday that the mayor would resign.',
      'Still, it is hard to say how the fees will change.',
      '"But they will pay for it," the mayor said.',
    ]) {
      expect(continuesSentenceBefore(sentenceOf(before + s, 1)), s).toBe(false);
    }
  });

  it('makes what another article leaves out of it minor, listed after the important ones', () => {
    const articles = [article('a', 'The council passed the budget on Monday. Yet they also claim the plan is too costly for the city.'), article('b', 'The harbour board met on Monday.')];
    const alignment = align(articles);
    const shown = alignment.prepared[0]![1]!;
    const d = new FactTable(alignment).carry('s1', 'statement', shown, () => shown.sentence.text.trim());
    const box = (factId: string, text: string, importance: number): Omission => ({ factId, kind: 'statement', text, presentIn: ['a'], anchor: { afterSentence: 0 }, importance, minor: false });
    const list = [box(d.fact.id, d.fact.text, 0.9), box('other', 'The council passed the budget on Monday.', 0.5)];
    foldContinuations([d], { b: list }, alignment);
    expect(list.map((o) => [o.text, o.minor])).toEqual([
      ['The council passed the budget on Monday.', false],
      ['Yet they also claim the plan is too costly for the city.', true],
    ]);
  });
});
