import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
  await expect(restored.getByRole('button', { name: 'Show Article 001' })).toBeVisible();
  await expect(restored.locator('.legend .toggle[data-category="hedge"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(restored.getByRole('navigation', { name: 'Views beside the columns' }).getByRole('button', { name: 'Coverage' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(restored.locator('.app')).toHaveAttribute('data-analysis', 'done');
  await app.screenshot('view-restored');
  expect(app.consoleErrors).toEqual([]);
});

test('files given at launch join the saved set, and the set before is one step back', async ({ app }) => {
  const names = await changeTheSet(app);
  await app.restart(undefined, [join(DATA, 'call-readout.html')]);
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(6);
  expect(await columnNames(app)).toEqual([...names, 'call-readout.html']);
  const restore = page.getByRole('button', { name: 'Restore previous set (5 articles)' });
  await expect(restore).toBeVisible();
  await app.screenshot('launch-over-saved-set');

  await restore.click();
  await expect(page.locator('article.column')).toHaveCount(5);
  expect(await columnNames(app)).toEqual(names);
  // The restore is a step too: the joined set is one step back from here.
  await expect(page.getByRole('button', { name: 'Restore previous set (6 articles)' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('a saved file that is missing stays in the set, shown with its path, and opens again once it is back', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  const file = testInfo.outputPath('on-a-usb-stick.md');
  const away = testInfo.outputPath('unplugged.md');
  copyFileSync(join(DATA, 'markets-react.md'), file);
  await app.drop([file]);
  await expect(page.locator('article.column')).toHaveCount(6);
  await expect(page.locator('.app')).toHaveAttribute('data-session', 'saved');

  await app.restart(() => renameSync(file, away));
  await expect(app.page.locator('article.column')).toHaveCount(5);
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('on-a-usb-stick.md');
  await expect(alert).toContainText(`it is missing from ${file}`);
  await expect(alert).toContainText('it stays in the set and opens when it is back');
  await app.screenshot('saved-file-missing');
  // Working with the set meanwhile does not drop it.
  await app.page.getByRole('button', { name: 'Close 000_b633181b32e3410d.txt' }).click();
  await expect(app.page.locator('article.column')).toHaveCount(4);
  await expect(app.page.locator('.app')).toHaveAttribute('data-session', 'saved');
  expect(JSON.parse(readFileSync(join(app.userDataDir, 'session.json'), 'utf8')).files).toContain(file);

  await app.restart(() => renameSync(away, file));
  await expect(app.page.locator('article.column')).toHaveCount(5);
  expect(await columnNames(app)).toContain('on-a-usb-stick.md');
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('an article that would take the set past the words it can compare is refused by name, the set stays', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  const huge = testInfo.outputPath('whole-book.txt');
  const paragraph = `${'The council met again on Monday to vote on the budget. '.repeat(10)}\n\n`;
  writeFileSync(huge, `A whole book\n\n${paragraph.repeat(2000)}`);
  await app.drop([huge]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('whole-book.txt');
  await expect(alert).toContainText(/the set would hold [\d,]+ words, more than the 200,000 Parallax compares at once/u);
  await expect(page.locator('article.column')).toHaveCount(5);
});
