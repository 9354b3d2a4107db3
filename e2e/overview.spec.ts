import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  for (const card of await cards.all()) await expect(card.locator('[data-kind="tone"]')).toContainText(/^Tone ((more|less) (positive|negative) than|(positive|negative|neutral), in line with) the others/);
  await expect(overview.locator('[data-kind="omits"]').first()).toContainText('Leaves out');
  await expect(page.locator('article.column .outlet')).toHaveText(['Article 000', 'Article 001', 'Article 002', 'Article 003', 'Article 004']);
  await app.screenshot('overview-sample');
  await expectNoIds(page);

  // An item jumps to its place: the sentence gets focus in that outlet's column (what only it reports, or where what
  // it leaves out would fit).
  const own = '[data-kind="only"] button, [data-kind="omits"] button';
  const withPlace: number[] = [];
  for (const [i, card] of (await cards.all()).entries()) if (await card.locator(own).count()) withPlace.push(i);
  expect(withPlace.length).toBeGreaterThan(0);
  const at = withPlace.at(-1)!;
  await cards.nth(at).locator(own).first().click();
  await expect(page.locator('article.column').nth(at).locator('.body [data-s]:focus')).toHaveCount(1);

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
    // a report of a death without praise reads less positive than the others (which praise him), not negative by "dead"
    // (a plain news word the tone leaves out)
    await expect(cards.nth(2).locator('[data-kind="tone"]')).toContainText('less positive than the others');
    await expect(cards.nth(2).locator('[data-kind="tone"]')).not.toContainText('“dead”');
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

  // Closing a column can be undone, from the notice or with Ctrl+Z.
  await page.getByRole('button', { name: 'Close 000_b633181b32e3410d.txt' }).click();
  await expect(page.locator('article.column')).toHaveCount(4);
  await expect(page.locator('.closed-note')).toContainText('Closed Article 000.');
  await app.screenshot('undo-close');
  await page.keyboard.press('Control+z');
  await expect(page.locator('article.column')).toHaveCount(5);
  await expect(page.locator('article.column .outlet').first()).toHaveText('Article 000');
  await page.getByRole('button', { name: 'Close 001_ad910f024c7824ce.txt' }).click();
  await page.locator('.closed-note').getByRole('button', { name: /^Undo/ }).click();
  await expect(page.locator('article.column .outlet')).toHaveText(['Article 000', 'Article 001', 'Article 002', 'Article 003', 'Article 004']);
  await expect(page.locator('.closed-note')).toHaveCount(0);
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

  const region = page.getByRole('region', { name: 'How they differ' });
  const before = (await region.textContent()) ?? '';
  const header = page.locator('article.column').nth(1).locator('.outlet');
  await header.dblclick();
  const name = page.getByRole('textbox', { name: /^Name for the column of/ });
  await name.fill('Trade Desk');
  await name.press('Enter');
  await expect(header).toHaveText('Trade Desk');
  await expect(region.locator('.card h3').nth(1)).toHaveText('Trade Desk');
  // the other outlets' cards name it by the reader's name too ("Leaves out what …, Trade Desk and … report")
  expect(before.split('Article 001').length).toBeGreaterThan(2);
  await expect(region).not.toContainText('Article 001');
  expect(((await region.textContent()) ?? '').split('Trade Desk').length).toBeGreaterThan(2);
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

    // The help overlay: ? opens it, it explains the tone score, Esc closes it.
    await page.locator('article.column .body').first().focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard and marks' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('AFINN-165');
    const inHelp = await new AxeBuilder({ page }).include('.help').analyze();
    expect(inHelp.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await app.screenshot(`help-${scheme}`);
    // F1 straight after Esc opens it again: the close that follows Esc a task later must not shut it
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await expect(help).toBeVisible();
    await page.waitForTimeout(100);
    await expect(help).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await app.helpFromMenu();
    await expect(help).toBeVisible();
  });
}

test.describe('with a web page and a Markdown file that name their outlets', () => {
  test.use({ launchFiles: ['e2e/data/call-readout.html', 'e2e/data/trade-courier.md'] });

  test('the outlets appear in the headers, the overview and the reports', async ({ app }, testInfo) => {
    const { page } = app;
    await analysed(page);
    await expect(page.locator('article.column .outlet')).toHaveText(['World Wire', 'The Courier']);
    // Front matter is cut from the text; its headline heads the column, its author and date the header.
    const courier = page.locator('article.column').nth(1);
    await expect(courier.locator('.headline')).toHaveText('Trade talks: leaders agree to meet again');
    await expect(courier.locator('.byline')).toContainText('Ann Lee · 5 Jun 2025');
    await expect(courier.locator('.body')).not.toContainText('source: The Courier');
    await expect(page.getByRole('region', { name: 'How they differ' }).locator('.card h3')).toHaveText(['World Wire', 'The Courier']);
    await app.screenshot('outlets-from-metadata');

    const dir = testInfo.outputPath('reports');
    mkdirSync(dir, { recursive: true });
    for (const name of ['outlets.html', 'outlets.md']) {
      const file = join(dir, name);
      await app.answerSaveDialog(file);
      await page.keyboard.press('Control+E');
      await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
      // the next export starts once the app says this one is done: one asked for while an export runs is not queued
      await expect(page.getByRole('status').filter({ hasText: `Report saved as ${name}` })).toBeVisible({ timeout: 30_000 });
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('How they differ');
      expect(text).toContain('World Wire');
      expect(text).toContain('The Courier');
    }
  });
});
