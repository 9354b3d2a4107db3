import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticleFiles } from './loader';
import { PASTED_FOLDER, pasteArticle } from './paste';

const dataDir = mkdtempSync(join(tmpdir(), 'parallax-paste-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const selection =
  "<meta charset='utf-8'><h1 style=\"color: rgb(0, 0, 0)\">Port reopens after storm</h1><p>The port reopened on Monday after a three-day closure.</p>" +
  '<p>Ships that had queued overnight began unloading at dawn, officials said.</p><img src="https://example.org/tracker.gif">';

describe('pasteArticle', () => {
  it('makes "Pasted 1", "Pasted 2"… of HTML through the HTML reader and of text as text, kept in the data folder', async () => {
    const first = await pasteArticle(dataDir, { html: selection, text: 'ignored when there is HTML' });
    expect(first.errors).toEqual([]);
    const [article] = first.articles;
    expect(article!.name).toBe('Pasted 1');
    expect(article!.format).toBe('html');
    expect(article!.title).toBe('Port reopens after storm');
    expect(article!.paragraphs.map((p) => article!.text.slice(p.start, p.end))).toEqual([
      'Port reopens after storm',
      'The port reopened on Monday after a three-day closure.',
      'Ships that had queued overnight began unloading at dawn, officials said.',
    ]);

    const second = await pasteArticle(dataDir, { text: 'Rain eases\n\nThe rain eased by noon.' });
    expect(second.articles[0]!.name).toBe('Pasted 2');
    expect(second.articles[0]!.text).toBe('Rain eases\n\nThe rain eased by noon.');
    expect(readdirSync(join(dataDir, PASTED_FOLDER)).sort()).toEqual(['Pasted 1.html', 'Pasted 2.txt']);
  });

  it('names only a kept pasted file "Pasted N": a file of that name elsewhere keeps its extension', async () => {
    const elsewhere = join(dataDir, 'Pasted 7.txt');
    writeFileSync(elsewhere, 'Storm passes\n\nThe storm passed.');
    expect((await loadArticleFiles([elsewhere])).articles[0]!.name).toBe('Pasted 7.txt');
  });

  it('comes back after a restart: the kept file loads as the same article', async () => {
    const { articles } = await pasteArticle(dataDir, { text: 'Bridge opens\n\nThe bridge opened to traffic.' });
    const again = await loadArticleFiles([articles[0]!.file]);
    expect(again.articles[0]).toEqual(articles[0]);
  });

  it('refuses an empty clipboard, and keeps no file for a paste that cannot be read', async () => {
    expect((await pasteArticle(dataDir, { text: '  \n' })).errors[0]!.reason).toBe('the clipboard holds no text to make an article from');
    const before = readdirSync(join(dataDir, PASTED_FOLDER)).length;
    const result = await pasteArticle(dataDir, { html: '<p>   </p><script>x()</script>', text: '' });
    expect(result.articles).toEqual([]);
    expect(result.errors[0]!.reason).toBe('no article text was found in it');
    expect(readdirSync(join(dataDir, PASTED_FOLDER))).toHaveLength(before);
    expect(existsSync(result.errors[0]!.file)).toBe(false);
  });
});
