import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures';

const DATA = resolve(__dirname, 'data');

test('a second launch with files adds them to the running window, read from paths and file:// URLs', async ({ app }) => {
  test.skip(app.mode !== 'electron', 'a second launch needs real Electron (npm run test:electron)');
  const { page } = app;
  const columns = page.locator('article.column');
  await expect(columns).toHaveCount(5);
  // As a desktop with %U passes it: a file:// URL; and a plain path relative to where it was started.
  await app.launchAgain([pathToFileURL(resolve(DATA, 'markets-react.md')).href, 'e2e/data/call-readout.html']);
  await expect(columns).toHaveCount(7);
  await expect(columns.nth(5).locator('.file')).toHaveText('markets-react.md');
  await expect(columns.nth(6).locator('.file')).toHaveText('call-readout.html');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('File › Export… with the window reloading still exports, once the page listens again', async ({ app }, testInfo) => {
  test.skip(app.mode !== 'electron', 'needs the real menu and window (npm run test:electron)');
  await expect(app.page.locator('article.column')).toHaveCount(5);
  const file = testInfo.outputPath('while-reloading.md');
  await app.answerSaveDialog(file);
  // Ask for the export once the reload has begun, typically before the new page has subscribed: main
  // holds the request until the page says it is ready (a request sent to the old page would be lost).
  const reloading = app.page.waitForEvent('domcontentloaded');
  await app.page.evaluate(() => location.reload()).catch(() => undefined);
  await reloading;
  await app.exportFromMenu();
  await expect(app.page.locator('article.column')).toHaveCount(5);
  await expect.poll(() => existsSync(file), { message: `${file} is written`, timeout: 30_000 }).toBe(true);
});
