import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyDocx, storyEml, storyFromSeed, storyHtml, storyMhtml, storyPdf } from '../electron/main/load/story-files';
import { test, expect } from './fixtures';

const SEED = 'seeds/001_ad910f024c7824ce.txt';
const story = storyFromSeed(readFileSync(join(__dirname, '..', SEED), 'utf8'), 'The Harbour Ledger');

test.use({ launchFiles: [SEED] });

test('a PDF, a Word file, a saved page, an e-mail and a pasted selection of one story open as five columns of its paragraphs', async ({ app }, testInfo) => {
  test.slow();
  const { page } = app;
  const columns = page.locator('article.column');
  await expect(columns).toHaveCount(1);

  const files: Record<string, Uint8Array | string> = {
    'story.pdf': await storyPdf(story),
    'story.docx': await storyDocx(story),
    'story.mhtml': storyMhtml(story),
    'story.eml': storyEml(story),
  };
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, bytes);
    return path;
  });
  await app.drop(paths);
  await expect(columns).toHaveCount(5);

  // A selection copied from the story's page: its article, as a browser puts it on the clipboard.
  const html = storyHtml(story).replace(/^[\s\S]*<article>|<\/article>[\s\S]*$/gu, '');
  await page.evaluate(
    ({ html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', `<meta charset='utf-8'>${html}`);
      data.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text: [story.title, ...story.paragraphs].join('\n\n') },
  );
  await expect(columns).toHaveCount(6);

  const expected: [string, string | null][] = [
    ['story.pdf', null],
    ['story.docx', null],
    ['story.mhtml', story.outlet],
    ['story.eml', story.outlet],
    ['Pasted 1', null],
  ];
  for (const [name, outlet] of expected) {
    const column = columns.filter({ has: page.locator('.file', { hasText: name }) });
    await expect(column.locator('.body h2.title')).toHaveText(story.title);
    await expect(column.locator('.body > p:not(.byline)')).toHaveText(story.paragraphs);
    if (outlet) await expect(column.locator('h3.outlet')).toContainText(outlet);
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
  await app.screenshot('formats-five-ways-in');
  await columns.last().scrollIntoViewIfNeeded();
  await app.screenshot('formats-pasted-column');
  expect(app.consoleErrors).toEqual([]);
});
