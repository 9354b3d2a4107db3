import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { analysed, column } from './view-helpers';

const names = (page: import('@playwright/test').Page) => page.locator('article.column .file').allTextContents();

test('columns move, hide and pin; pinned columns lead and stay in view', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  expect((await names(page)).map((n) => n.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);

  await page.getByRole('button', { name: 'Move 002_4323d673ccd73a1b.txt left' }).click();
  expect((await names(page)).map((n) => n.slice(0, 3))).toEqual(['000', '002', '001', '003', '004']);
  await expect(page.getByRole('button', { name: 'Move 000_b633181b32e3410d.txt left' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move 004_6d6e296701268718.txt right' })).toBeDisabled();

  await page.getByRole('button', { name: 'Hide 001_ad910f024c7824ce.txt' }).click();
  await expect(page.locator('article.column')).toHaveCount(4);
  const show = page.getByRole('group', { name: 'Hidden columns' }).getByRole('button', { name: 'Show Article 001' });
  await expect(show).toBeVisible();

  const pin = page.getByRole('button', { name: 'Pin 004_6d6e296701268718.txt' });
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  expect((await names(page)).map((n) => n.slice(0, 3))).toEqual(['004', '000', '002', '003']);
  // A pinned column does not trade places with unpinned ones.
  await expect(page.getByRole('button', { name: 'Move 004_6d6e296701268718.txt right' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move 000_b633181b32e3410d.txt left' })).toBeDisabled();
  await app.screenshot('view-columns-arranged');

  // With more columns than fit, the pinned one stays at the left edge while the row scrolls.
  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  const main = page.locator('main.columns');
  await main.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(() => main.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const mainBox = (await main.boundingBox())!;
  const pinnedBox = (await column(page, '004').boundingBox())!;
  expect(Math.abs(pinnedBox.x - mainBox.x)).toBeLessThan(2);
  await app.screenshot('view-columns-pinned-scrolled');

  // Showing the hidden column again puts it back where it was.
  await show.click();
  await expect(page.locator('article.column')).toHaveCount(5);
  expect((await names(page)).map((n) => n.slice(0, 3))).toEqual(['004', '000', '002', '001', '003']);
  expect(app.consoleErrors).toEqual([]);
});

test('a saved arrangement that makes no sense is ignored piece by piece', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  await page.locator('.legend .toggle[data-category="label"]').click();
  await expect(page.locator('.app')).toHaveAttribute('data-session', 'saved');
  const file = join(app.userDataDir, 'session.json');
  const session = JSON.parse(readFileSync(file, 'utf8')) as { view: Record<string, unknown> };
  expect(session.view).toMatchObject({ version: 1, categories: { label: false } });

  await app.restart(() =>
    writeFileSync(
      file,
      JSON.stringify({
        ...session,
        view: { order: [42, 'no-such-article', null], hidden: 'all', pinned: [{}], categories: { label: 'off', hedge: false, nonsense: true }, panel: 'nope' },
      }),
    ),
  );
  const restored = app.page;
  await analysed(restored);
  await expect(restored.locator('article.column')).toHaveCount(5);
  expect((await names(restored)).map((n) => n.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  await expect(restored.locator('.legend .toggle[data-category="hedge"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(restored.locator('.legend .toggle[data-category="label"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(restored.locator('aside.panel')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});
