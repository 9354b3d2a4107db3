import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';

const DATA = resolve(__dirname, 'data');
const SEED_TITLES = [
  'TRUMP Makes Bold China Move — Xi Responds Fast',
  'Trump Announces Resumption of U.S.-China Trade Talks Following Call with Xi',
  'Trump’s Positive Outreach to China: Navigating Trade Talks',
];
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

test('opens the sample set in five columns', async ({ app }) => {
  const { page } = app;
  const columns = page.locator('article.column');
  await expect(columns).toHaveCount(5);
  for (const title of SEED_TITLES) await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(columns.nth(0).locator('.file')).toHaveText('000_b633181b32e3410d.txt');
  // Seed 003 has no headline (it opens with bullets): its title is the tidy file name, never the hash.
  await expect(columns.nth(3).getByRole('heading', { level: 2 })).toHaveText('Article 003');
  await expect(columns.nth(0).locator('.facts')).toHaveText(/^\d[\d,]* words · Text$/);
  // Paragraphs as in the file: seed 004 has five.
  await expect(columns.nth(4).locator('.body p')).toHaveCount(5);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Columns scroll independently.
  const first = columns.nth(0).locator('.body');
  const second = columns.nth(1).locator('.body');
  await first.evaluate((el) => el.scrollTo(0, 400));
  await expect.poll(() => first.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(await second.evaluate((el) => el.scrollTop)).toBe(0);
  await first.evaluate((el) => el.scrollTo(0, 0));

  await app.screenshot('sample-set');
  expect(app.consoleErrors).toEqual([]);
});

test('dropping two new files adds two columns', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  const files = [join(DATA, 'markets-react.md'), join(DATA, 'call-readout.html')];

  await app.dragOver(files);
  await expect(page.getByText('Drop to add articles')).toBeVisible();
  await app.screenshot('drop-overlay');

  await app.drop(files);
  await expect(page.getByText('Drop to add articles')).toBeHidden();
  const columns = page.locator('article.column');
  await expect(columns).toHaveCount(7);
  await expect(columns.nth(5).getByRole('heading', { level: 2 })).toHaveText('Markets Steady as Washington and Beijing Agree to Talk Again');
  await expect(columns.nth(5).locator('.facts')).toHaveText(/words · Markdown$/);
  // Markdown markup is gone from the text.
  await expect(columns.nth(5).getByText('next round of talks would show')).toBeVisible();
  await expect(columns.nth(5).getByText('**')).toHaveCount(0);
  // The web page's main text, without its navigation or footer; its script never ran.
  await expect(columns.nth(6).getByRole('heading', { level: 2 })).toHaveText('Leaders Hold Call on Trade and Rare Earths');
  await expect(columns.nth(6).locator('.body')).toContainText('spoke by telephone for about ninety minutes');
  await expect(columns.nth(6).locator('.body')).not.toContainText('All rights reserved');
  await expect(columns.nth(6).locator('.body')).not.toContainText('scripts never run');

  // More columns than fit: the set scrolls sideways.
  const main = page.locator('main.columns');
  expect(await main.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await app.screenshot('after-drop');

  // Dropping a file that is already open reports it instead of adding a column.
  await app.drop([files[0]!]);
  await expect(page.getByRole('alert')).toContainText('markets-react.md');
  await expect(page.getByRole('alert')).toContainText('it is already open');
  await expect(columns).toHaveCount(7);
  expect(app.consoleErrors).toEqual([]);
});

test('dropping a binary file shows a named error and keeps the five columns', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  const png = testInfo.outputPath('pixel.txt');
  writeFileSync(png, PNG);
  const zeros = testInfo.outputPath('zeros.txt');
  writeFileSync(zeros, Buffer.alloc(4096));

  await app.drop([png, zeros]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('pixel.txt');
  await expect(alert).toContainText('it is a PNG image, not an article');
  await expect(alert).toContainText('zeros.txt');
  await expect(alert).toContainText('it is a binary file, not text');
  await expect(page.locator('article.column')).toHaveCount(5);
  await app.screenshot('binary-error');

  await page.getByRole('button', { name: 'Dismiss the message about pixel.txt' }).click();
  await expect(alert).not.toContainText('pixel.txt');
  await page.getByRole('button', { name: 'Dismiss the message about zeros.txt' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('article.column')).toHaveCount(5);
  expect(app.consoleErrors).toEqual([]);
});

test('File > Open adds the chosen file through the dialog', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  await app.answerOpenDialog([join(DATA, 'call-readout.html')]);
  await app.openFromMenu();
  const columns = page.locator('article.column');
  await expect(columns).toHaveCount(6);
  await expect(columns.nth(5).locator('.file')).toHaveText('call-readout.html');
  await expect(columns.nth(5).locator('.facts')).toHaveText(/words · Web page$/);
  await app.screenshot('file-open');
  expect(app.consoleErrors).toEqual([]);
});

test.describe('with files on the command line', () => {
  test.use({ launchFiles: ['e2e/data/markets-react.md', 'e2e/data/missing.txt', 'e2e/data/call-readout.html'] });

  test('opens those files instead of the sample set and names the one that is missing', async ({ app }) => {
    const { page } = app;
    const columns = page.locator('article.column');
    await expect(columns).toHaveCount(2);
    await expect(columns.nth(0).locator('.file')).toHaveText('markets-react.md');
    await expect(columns.nth(1).locator('.file')).toHaveText('call-readout.html');
    await expect(page.getByRole('alert')).toContainText('missing.txt');
    await expect(page.getByRole('alert')).toContainText('the file does not exist');
    await app.screenshot('command-line');

    // Closing every column leaves an empty window that says what to do.
    await page.getByRole('button', { name: 'Close markets-react.md' }).click();
    await page.getByRole('button', { name: 'Close call-readout.html' }).click();
    await expect(page.getByRole('heading', { name: 'No articles open' })).toBeVisible();
    await app.screenshot('empty');
    expect(app.consoleErrors).toEqual([]);
  });
});
