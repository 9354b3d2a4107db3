import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticleFile } from './article';

const dir = mkdtempSync(join(tmpdir(), 'parallax-fragment-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a web page that is only a fragment', () => {
  it('is read like a whole page: a selection saved as .html, or a page cut short', async () => {
    const body = 'The harbour reopened on Monday after a week of repairs, officials said. '.repeat(6);
    const path = join(dir, 'fragment.html');
    writeFileSync(path, `<h1>Harbour reopens</h1><p>${body}</p><p>Ships queued outside the breakwater overnight.</p>`);
    const article = await loadArticleFile(path);
    expect(article.title).toBe('Harbour reopens');
    expect(article.text).toContain('Ships queued outside the breakwater overnight.');
  });
});

describe('a broken page', () => {
  it('is read by its own text where the article reader gives up on its tree (text in the head, a frameset)', async () => {
    const para = 'The harbour board met on Friday and agreed, after a long debate about cranes and berths, to replace the old cranes by June. ';
    const pages = [
      `<html><head><title>Harbour board</title><div><p>${para.repeat(4)}</p><p>${para.repeat(3)}</p></div></head><body></body></html>`,
      `<!doctype html><html><head><title>Harbour board</title></head><frameset><div><p>${para.repeat(4)}</p></div></frameset></html>`,
    ];
    for (const [i, html] of pages.entries()) {
      const path = join(dir, `broken-${i}.html`);
      writeFileSync(path, html);
      const article = await loadArticleFile(path);
      expect(article.text).toContain('to replace the old cranes by June.');
    }
  });
});
