import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type ParallaxApp } from './fixtures';

const DATA = resolve(__dirname, 'data');

async function columnNames(app: ParallaxApp): Promise<string[]> {
  return app.page.locator('article.column .file').allTextContents();
}

/** Closes seed 001, adds a dropped file, and waits until the app says the session is on disk. */
async function changeTheSet(app: ParallaxApp): Promise<string[]> {
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  await page.getByRole('button', { name: 'Close 001_ad910f024c7824ce.txt' }).click();
  await app.drop([join(DATA, 'markets-react.md')]);
  await expect(page.locator('article.column')).toHaveCount(5);
  await expect(page.locator('.app')).toHaveAttribute('data-session', 'saved');
  const names = await columnNames(app);
  expect(names).toEqual([
    '000_b633181b32e3410d.txt',
    '002_4323d673ccd73a1b.txt',
    '003_2f1919c27b564321.txt',
    '004_6d6e296701268718.txt',
    'markets-react.md',
  ]);
  return names;
}

test('the open set comes back after a restart', async ({ app }) => {
  const names = await changeTheSet(app);
  await app.restart();
  await expect(app.page.locator('article.column')).toHaveCount(5);
  expect(await columnNames(app)).toEqual(names);
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  await app.screenshot('restored-after-restart');
  expect(app.consoleErrors).toEqual([]);
});

test('the open set comes back after the main process is killed', async ({ app }) => {
  const names = await changeTheSet(app);
  await app.crashMain();
  await expect(app.page.locator('article.column')).toHaveCount(5);
  expect(await columnNames(app)).toEqual(names);
  expect(app.consoleErrors).toEqual([]);
});

test('a renderer crash reloads the window with the set intact', async ({ app }) => {
  const names = await changeTheSet(app);
  await app.crashRenderer();
  await expect(app.page.locator('article.column')).toHaveCount(5);
  expect(await columnNames(app)).toEqual(names);
  await app.screenshot('restored-after-renderer-crash');
});

test('a corrupt session file is set aside with a message, never fatal', async ({ app }) => {
  await changeTheSet(app);
  const session = join(app.userDataDir, 'session.json');
  expect(JSON.parse(readFileSync(session, 'utf8')).files).toHaveLength(5);
  await app.restart(() => writeFileSync(session, '{"version": 1, "files": [tru'));
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('Saved session');
  await expect(alert).toContainText('it is not valid JSON');
  await expect(alert).toContainText(/set aside as session\.corrupt-\d+\.json/u);
  // It starts with the sample set and stays usable.
  await expect(app.page.locator('article.column')).toHaveCount(5);
  await app.screenshot('corrupt-session');
  expect(app.consoleErrors).toEqual([]);
});

test('the arrangement of the view comes back after a restart', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  await page.getByRole('button', { name: 'Hide 001_ad910f024c7824ce.txt' }).click();
  await page.getByRole('button', { name: 'Move 004_6d6e296701268718.txt left' }).click();
  await page.locator('.legend .toggle[data-category="hedge"]').click();
  await page.getByRole('navigation', { name: 'Views beside the columns' }).getByRole('button', { name: 'Coverage' }).click();
  // Wait for the app to have written the arrangement, then for the write to have finished.
  const saved = () => {
    try {
      return JSON.parse(readFileSync(join(app.userDataDir, 'session.json'), 'utf8')).view;
    } catch {
      return undefined; // not written yet
    }
  };
  await expect.poll(() => saved()?.panel).toBe('coverage');
  expect(saved()).toMatchObject({ hidden: [expect.any(String)], categories: { hedge: false } });
  await expect(page.locator('.app')).toHaveAttribute('data-session', 'saved');
  const arranged = await page.locator('article.column .file').allTextContents();
  expect(arranged).toEqual(['000_b633181b32e3410d.txt', '002_4323d673ccd73a1b.txt', '004_6d6e296701268718.txt', '003_2f1919c27b564321.txt']);

  await app.restart();
  const restored = app.page;
  await expect(restored.locator('article.column')).toHaveCount(4);
  expect(await restored.locator('article.column .file').allTextContents()).toEqual(arranged);
  await expect(restored.getByRole('button', { name: 'Show 001_ad910f024c7824ce.txt' })).toBeVisible();
  await expect(restored.locator('.legend .toggle[data-category="hedge"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(restored.getByRole('navigation', { name: 'Views beside the columns' }).getByRole('button', { name: 'Coverage' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(restored.locator('.app')).toHaveAttribute('data-analysis', 'done');
  await app.screenshot('view-restored');
  expect(app.consoleErrors).toEqual([]);
});
