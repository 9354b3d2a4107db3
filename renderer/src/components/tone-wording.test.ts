import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { LoadedArticle } from '../../../electron/contract';
import { analyze } from '../../../engine/index';
import { renderHtml } from '../../../report/html';
import ColumnHeader from './ColumnHeader.svelte';

const SEEDS = resolve(__dirname, '../../../seeds');

/** The sample set as the loader would hand it over (plain text: the first line is the title). */
function seeds(): LoadedArticle[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      const title = text.split('\n')[0]!.trim();
      return {
        id: name,
        file: join(SEEDS, name),
        name,
        format: 'text',
        encoding: 'utf-8',
        title,
        text,
        paragraphs: [],
        headline: -1,
        wordCount: text.split(/\s+/u).filter(Boolean).length,
        bytes: text.length,
      };
    });
}

/** The tone word the app's column header gives an article. */
function appTone(article: LoadedArticle, analysis: ReturnType<typeof analyze>['articles'][number]): string {
  const target = document.createElement('div');
  const header = mount(ColumnHeader, {
    target,
    props: {
      article,
      analysis,
      label: article.name,
      labelOf: (id: string) => id,
      pinned: false,
      canMoveLeft: false,
      canMoveRight: false,
      onclose: () => undefined,
      onhide: () => undefined,
      onpin: () => undefined,
      onmove: () => undefined,
      onshowgap: () => undefined,
    },
  });
  flushSync();
  const tone = target.querySelector('.tone');
  const word = ['positive', 'negative', 'neutral'].filter((w) => tone?.classList.contains(w));
  expect(tone?.getAttribute('title')).toMatch(new RegExp(`^Reads ${word[0]}:`, 'u'));
  void unmount(header);
  return word.join(' ');
}

describe('sentiment wording', () => {
  it('is the same in the app and in the HTML report for every seed', () => {
    // the seeds report a diplomatic call in a level tone; one article of plain praise makes the test see both words
    const praise = 'A Superb Day\n\nThe superb, wonderful festival was a joy, and the brilliant music delighted everyone.';
    const articles = [...seeds(), { ...seeds()[0]!, id: 'praise.txt', file: join(SEEDS, 'praise.txt'), name: 'praise.txt', title: 'A Superb Day', text: praise, wordCount: 15, bytes: praise.length }];
    const comparison = analyze(articles.map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.file })));
    const html = renderHtml({ comparison, articles, errors: [], generatedAt: '2026-11-30T00:00:00.000Z' });
    const page = new DOMParser().parseFromString(html, 'text/html');
    const words = comparison.articles.map((analysis) => {
      const figures = page.getElementById(`article-${analysis.id}`)?.querySelector('.figures')?.textContent ?? '';
      const report = /sentiment (positive|negative|neutral) /u.exec(figures)?.[1];
      return { id: analysis.id, app: appTone(articles.find((a) => a.id === analysis.id)!, analysis), report };
    });
    expect(words).toHaveLength(6);
    for (const w of words) expect(w.app, w.id).toBe(w.report);
    // Both words occur in the sample set, so the test would see a disagreement about either.
    expect(new Set(words.map((w) => w.app))).toEqual(new Set(['positive', 'neutral']));
  });
});
