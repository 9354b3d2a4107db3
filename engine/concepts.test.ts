import { describe, expect, it } from 'vitest';
import { findConcepts } from './concepts';
import { analyze } from './index';
import { buildArticle } from './article';

describe('unnamed concepts', () => {
  it('gathers the namings each outlet gives a group named with common nouns', () => {
    const c = analyze([
      { id: 'a', text: 'The migrant caravan reached the border on Monday. Officials met the caravan at the gate. The caravan waited.' },
      { id: 'b', text: 'The so-called caravan reached the border on Monday. Guards watched the caravan closely. The caravan camped.' },
    ]);
    const caravan = c.concepts?.find((k) => k.heads.includes('caravan'));
    expect(caravan).toBeDefined();
    const texts = new Set(caravan!.mentions.map((m) => `${m.articleId}:${m.text}`));
    expect(texts.has('a:migrant caravan')).toBe(true);
    expect(texts.has('b:so-called caravan') || texts.has('b:caravan')).toBe(true);
    for (const m of caravan!.mentions) {
      const text = m.articleId === 'a' ? c.articles[0]! : c.articles[1]!;
      expect(text.sentences[m.sentence]!.text).toContain(m.text);
    }
  });

  it('joins two heads that aligned sentences of two outlets swap for each other again and again', () => {
    const a = buildArticle({ id: 'a', text: 'The deal was signed in Vienna. Critics attacked the deal. The deal limits enrichment. Iran praised the deal.' });
    const b = buildArticle({ id: 'b', text: 'The agreement was signed in Vienna. Critics attacked the agreement. The agreement limits enrichment. Iran praised the agreement.' });
    const alignments = [0, 1, 2, 3].map((i) => ({
      id: `al${i}`,
      members: [
        { articleId: 'a', sentence: i },
        { articleId: 'b', sentence: i },
      ],
      similarity: 0.9,
      factIds: [],
      differences: [],
    }));
    const concepts = findConcepts([a, b], alignments);
    expect(concepts.find((k) => k.heads.includes('deal'))?.heads.sort()).toEqual(['agreement', 'deal']);
    expect(findConcepts([a, b], alignments.slice(0, 2)).some((k) => k.heads.length > 1)).toBe(false);
  });

  it('leaves out nouns only one outlet uses, and names of people', () => {
    const c = analyze([
      { id: 'a', text: 'The senator praised the bill. The bill passed. Reporters asked about the bill and the weather, and the weather held.' },
      { id: 'b', text: 'The senator attacked the bill. The bill passed anyway. The bill now goes to the president.' },
    ]);
    const heads = (c.concepts ?? []).flatMap((k) => k.heads);
    expect(heads).toContain('bill');
    expect(heads).not.toContain('weather');
    expect(heads).not.toContain('senator');
  });
});
