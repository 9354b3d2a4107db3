import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../engine/index';
import type { ExportRequest, LoadedArticle } from '../../../electron/contract';
import type { Api } from '../../../electron/preload/api';
import { Exporter } from './export.svelte';
import type { Library } from './library.svelte';

function article(id: string, text: string): LoadedArticle {
  return { id, file: `/news/${id}.txt`, name: `${id}.txt`, format: 'text', encoding: 'utf-8', title: id, text, paragraphs: [{ start: 0, end: text.length }], headline: -1, wordCount: text.split(' ').length, bytes: text.length };
}

const articles = [
  article('aaaaaaaaaaaa', 'Officials said the talks were productive and would resume on Monday.'),
  article('bbbbbbbbbbbb', 'Critics claimed the so-called talks were a stunning failure, reportedly.'),
  article('cccccccccccc', 'The talks will resume on Monday, officials said.'),
];

function setup(columns: string[], names: Record<string, string> = {}) {
  const sent: ExportRequest[] = [];
  const api = { exportReport: vi.fn(async (request: ExportRequest) => (sent.push(request), { ok: true as const, value: { file: '/out/report.html' } })) } as unknown as Api;
  const notices: unknown[] = [];
  const library = { articles, notify: (n: unknown) => notices.push(n) } as unknown as Library;
  const comparisonOf = vi.fn(async (shown: readonly LoadedArticle[]) => analyze(shown.map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.name }))));
  const exporter = new Exporter(api, library, comparisonOf, { columns: () => columns, categories: () => ['hedge'], nameOf: (id) => names[id] });
  return { exporter, sent, notices, comparisonOf };
}

describe('exporting what the reader sees', () => {
  it('sends main the visible columns in their order with their comparison, without tokens or file paths', async () => {
    const { exporter, sent, comparisonOf } = setup(['cccccccccccc', 'aaaaaaaaaaaa']);
    await exporter.run('md');
    expect(comparisonOf.mock.calls[0]![0].map((a) => a.id)).toEqual(['cccccccccccc', 'aaaaaaaaaaaa']);
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    expect(request.format).toBe('md');
    expect(request.categories).toEqual(['hedge']);
    expect(request.articles.map((a) => a.id)).toEqual(['cccccccccccc', 'aaaaaaaaaaaa']);
    expect(request.comparison.articles.map((a) => a.id)).toEqual(['cccccccccccc', 'aaaaaaaaaaaa']);
    expect(JSON.stringify(request)).not.toContain('"tokens"');
    // The page never names a path: main adds the file each article was loaded from.
    expect(JSON.stringify(request)).not.toContain('/news/');
    expect(exporter.last).toEqual({ file: '/out/report.html' });
  });

  it('says how many articles an export holds while it runs, and nothing once it is written', async () => {
    const { exporter, comparisonOf } = setup(['cccccccccccc', 'aaaaaaaaaaaa']);
    let finish: () => void = () => {};
    comparisonOf.mockImplementationOnce(async (shown) => {
      await new Promise<void>((resolve) => (finish = resolve));
      return analyze(shown.map((a) => ({ id: a.id, text: a.text, title: a.title, file: a.name })));
    });
    expect(exporter.exporting).toBe(0);
    const run = exporter.run();
    expect(exporter.exporting).toBe(2);
    finish();
    await run;
    expect(exporter.exporting).toBe(0);
    expect(exporter.last).toEqual({ file: '/out/report.html' });
  });

  it('sends the name the reader gave a column, so every report names the article by it', async () => {
    const { exporter, sent } = setup(['aaaaaaaaaaaa', 'bbbbbbbbbbbb'], { bbbbbbbbbbbb: 'Harbour Gazette' });
    await exporter.run('csv');
    expect(sent[0]!.articles.map((a) => a.label)).toEqual([undefined, 'Harbour Gazette']);
  });

  it('says so, and sends nothing, when no column is shown', async () => {
    const { exporter, sent, notices } = setup([]);
    await exporter.run();
    expect(sent).toEqual([]);
    expect(exporter.error).toBe('there is nothing to export: open some articles first');
    expect(notices).toHaveLength(1);
  });
});
