import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { analysed } from './view-helpers';

const POWELL = 'engine/fixtures/allsides-2021/5608-former-secretary-of-state-colin-powell-dies-at-8';

/** The article ids on the page: none of them may appear in what a reader sees. */
async function expectNoIds(page: Page): Promise<void> {
  const ids = await page.locator('article.column').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['articleId']!));
  const text = await page.locator('body').innerText();
  for (const id of ids) expect(text).not.toContain(id);
}

test('the first view after analysis names each sample outlet and says how it differs', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const overview = page.getByRole('region', { name: 'How they differ' });
  await expect(overview).toBeVisible();
  const cards = overview.locator('.card');
  await expect(cards).toHaveCount(5);
  await expect(cards.locator('h3')).toHaveText(['Article 000', 'Article 001', 'Article 002', 'Article 003', 'Article 004']);
  for (const card of await cards.all()) await expect(card.locator('[data-kind="tone"]')).toContainText(/Reads (positive|negative|neutral)/);
  await expect(overview.locator('[data-kind="omits"]').first()).toContainText('Leaves out');
  await expect(page.locator('article.column .outlet')).toHaveText(['Article 000', 'Article 001', 'Article 002', 'Article 003', 'Article 004']);
  await app.screenshot('overview-sample');
  await expectNoIds(page);

  // An item jumps to its place: the sentence gets focus in that outlet's column.
  const item = cards.nth(3).locator('[data-kind="only"] button');
  await item.click();
  await expect(page.locator('article.column').nth(3).locator('.body [data-s]:focus')).toHaveCount(1);

  // The band folds away and stays folded.
  await overview.getByRole('button', { name: 'How they differ' }).click();
  await expect(cards).toHaveCount(0);
  await overview.getByRole('button', { name: 'How they differ' }).click();
  await expect(cards).toHaveCount(5);
  expect(app.consoleErrors).toEqual([]);
});

test.describe('on an allsides story', () => {
  test.use({ launchFiles: [`${POWELL}/center.txt`, `${POWELL}/left.txt`, `${POWELL}/right.txt`] });

  test('names the outlets and shows how each differs without opening anything', async ({ app }) => {
    const { page } = app;
    await analysed(page);
    const cards = page.getByRole('region', { name: 'How they differ' }).locator('.card');
    await expect(cards.locator('h3')).toHaveText(['Center', 'Left', 'Right']);
    await expect(cards.nth(2).locator('[data-kind="tone"]')).toContainText('more negative than the others');
    await expect(cards.nth(2).locator('[data-kind="tone"]')).toContainText('dead');
    await app.screenshot('overview-allsides');
    await expectNoIds(page);
  });
});

test('search finds matches across columns, steps through them and closes with Esc', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Search all columns' });
  await expect(field).toBeFocused();
  await field.fill('rare earth');
  const count = page.locator('.searchbar .count');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(4);
  await field.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await field.press('Shift+Enter');
  await field.press('Shift+Enter');
  await expect(count).toHaveText(`${total} of ${total}`);
  const painted = await page.evaluate(() => CSS.highlights.get('search')?.size ?? 0);
  expect(painted).toBeGreaterThan(0);
  await app.screenshot('search');
  await field.press('Escape');
  await expect(page.locator('.searchbar')).toHaveCount(0);
  expect(await page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBe(0);
});

test('differences only dims what every outlet tells alike; a column can be renamed and keeps its name', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const toggle = page.getByRole('button', { name: 'Differences only' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dimmed = await page.locator('article.column .s.alike').count();
  const all = await page.locator('article.column .s').count();
  expect(dimmed).toBeGreaterThan(0);
  expect(dimmed).toBeLessThan(all);
  await app.screenshot('differences-only');
  await toggle.click();
  await expect(page.locator('article.column .s.alike')).toHaveCount(0);

  const header = page.locator('article.column').nth(1).locator('.outlet');
  await header.dblclick();
  const name = page.getByRole('textbox', { name: /^Name for the column of/ });
  await name.fill('Trade Desk');
  await name.press('Enter');
  await expect(header).toHaveText('Trade Desk');
  await expect(page.getByRole('region', { name: 'How they differ' }).locator('.card h3').nth(1)).toHaveText('Trade Desk');
  // F2 from inside a column does the same.
  await page.locator('article.column').nth(2).getByRole('button', { name: /^Pin / }).focus();
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: /^Name for the column of/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).toHaveAttribute('data-session', 'saved');
  await app.restart();
  await analysed(app.page);
  await expect(app.page.locator('article.column').nth(1).locator('.outlet')).toHaveText('Trade Desk');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the overview and the search bar (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await analysed(page);
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Search all columns' }).fill('Xi');
    const results = await new AxeBuilder({ page }).include('.overview').include('.searchbar').include('.toolbar').include('article.column header').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await app.screenshot(`overview-${scheme}`);
  });
}
