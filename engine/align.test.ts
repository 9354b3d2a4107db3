import { describe, expect, it } from 'vitest';
import { align, inverseFrequencies, prepare, similarity, type ComparableArticle } from './align';
import { buildArticle } from './article';

function article(id: string, sentences: string[]): ComparableArticle {
  const model = buildArticle({ id, text: sentences.join('\n\n') });
  return { id, text: sentences.join('\n\n'), sentences: model.sentences, quotes: model.quotes, actors: [] };
}

function groups(result: ReturnType<typeof align>): string[] {
  return result.groups
    .filter((g) => g.members.length > 1)
    .map((g) => g.members.map((m) => `${m.articleId}:${m.sentence.index}`).join(' '))
    .sort();
}

describe('align', () => {
  it('groups sentences that give the same fact in other words and numbers', () => {
    const a = article('a', [
      'President Trump and Chinese President Xi Jinping held a 90-minute phone call on Thursday.',
      'Tariffs on Chinese goods were cut from 145% to 30% for 90 days.',
      'Markets rallied on the news of the truce.',
    ]);
    const b = article('b', [
      'The United States lowered its tariffs on Chinese goods from 145 percent to 30 percent for a 90-day period.',
      'The phone call between Trump and Xi lasted an hour and a half on Thursday.',
    ]);
    const c = article('c', ['After the hour-and-a-half phone call, Trump praised Xi Jinping.', 'Oil prices fell sharply in Asia.']);
    expect(groups(align([a, b, c]))).toEqual(['a:0 b:1 c:0', 'a:1 b:0']);
  });

  it('weighs features as inverseFrequencies does, figures above words', () => {
    const a = article('a', ['Tariffs on Chinese goods were cut to 30% on Monday.', 'Markets rallied on the news.']);
    const b = article('b', ['The tariffs on Chinese goods fell to 30% on Monday.', 'Oil prices fell in Asia.']);
    const prepared = prepare([a, b]);
    const { idf } = align([a, b], prepared);
    expect([...idf]).toEqual([...inverseFrequencies(prepared)]);
    expect(idf.get('q:percent:%:30')).toBeCloseTo(1.5 * Math.log(1 + 4 / 2));
    expect(idf.get('w:market')).toBeCloseTo(Math.log(1 + 4 / 1));
  });

  it('puts at most one sentence of an article in a group', () => {
    const a = article('a', ['Tariffs were cut to 30% on Monday.', 'Tariffs were cut to 30% on Monday again.']);
    const b = article('b', ['Tariffs were cut to 30% on Monday.']);
    for (const g of align([a, b]).groups) {
      const ids = g.members.map((m) => m.articleId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('does not group sentences that share only common words', () => {
    const a = article('a', ['Trump said the talks would continue next week.', 'Officials met in Geneva.']);
    const b = article('b', ['Trump said the weather in Florida was pleasant.', 'Prices rose in London.']);
    expect(groups(align([a, b]))).toEqual([]);
  });

  it('matches different names of one person through actor ids', () => {
    const a = article('a', ['Chinese leader Xi Jinping invited Melania to Beijing in spring.', 'Stocks fell.']);
    const b = article('b', ['The Chinese president invited the First Lady to Beijing in spring.', 'Bonds rose.']);
    const actor = (start: number, end: number, text: string) => ({
      id: 'xi-jinping', name: 'Xi Jinping', kind: 'person' as const, labels: [], sentiment: { score: 0, comparative: 0 },
      mentions: [{ start, end, text, sentence: 0 }],
    });
    const score = () => {
      const p = prepare([a, b]);
      return similarity(p[0]![0]!, p[1]![0]!, inverseFrequencies(p));
    };
    const without = score();
    a.actors = [actor(15, 25, 'Xi Jinping')];
    b.actors = [actor(4, 21, 'Chinese president')];
    expect(score()).toBeGreaterThan(without);
    expect(groups(align([a, b]))).toEqual(['a:0 b:0']);
  });

  it('scales near-linearly: the work per sentence stays bounded as articles are added', () => {
    const base = [
      'President Trump and Chinese President Xi Jinping held a 90-minute phone call on Thursday.',
      'Tariffs on Chinese goods were cut from 145% to 30% for 90 days.',
      'The trade deficit with China reached $295 billion in 2024.',
      'Treasury Secretary Scott Bessent will lead the talks.',
    ];
    const many = Array.from({ length: 200 }, (_, i) => article(`x${i}`, base));
    const result = align(many);
    expect(result.groups.filter((g) => g.members.length > 1).map((g) => g.members.length)).toEqual([200, 200, 200, 200]);
  });
});
