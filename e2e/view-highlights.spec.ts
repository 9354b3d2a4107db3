import { test, expect } from './fixtures';
import { analysed, column } from './view-helpers';

test('framing marks by category, with their reason on hover and on keyboard focus', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const c000 = column(page, '000');
  const c001 = column(page, '001');
  const c002 = column(page, '002');

  // The golden marks of the engine issue, in the columns.
  await expect(c000.locator('mark.emphasis', { hasText: 'VERY TOUGH' })).toHaveCount(1);
  await expect(c000.locator('mark.attribution', { hasText: /^claimed$/ })).toHaveCount(1);
  await expect(c001.locator('mark.attribution', { hasText: /^confirmed$/ })).toHaveCount(1);
  // A plain title is no mark: only labels that judge, or differ between outlets, are.
  await expect(c002.locator('mark.label', { hasText: 'former President' })).toHaveCount(0);
  // Marks only wrap the article's own text: the headline still reads as written.
  await expect(page.getByRole('heading', { name: 'TRUMP Makes Bold China Move — Xi Responds Fast' })).toBeVisible();

  // Hover: the reason, in a tooltip (not only a title attribute).
  const claimed = c000.locator('mark.attribution', { hasText: /^claimed$/ });
  await claimed.hover();
  const tip = page.locator('#mark-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Attribution verbs');
  await expect(tip).toContainText('claimed');
  await app.screenshot('view-highlight-reason-hover');

  // Keyboard: in a column's text, → and ← step through the marks; focus shows the reason and
  // describes the mark by it. (Tab moves between columns, not through every mark.)
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
  const body = c000.locator('.body');
  await body.focus();
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('mark:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveAttribute('aria-describedby', 'mark-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('TRUMP');
  await app.screenshot('view-highlight-reason-focus');
  await page.keyboard.press('ArrowRight');
  await expect(tip).toContainText('Bold');
  await page.keyboard.press('ArrowLeft');
  await expect(tip).toContainText('TRUMP');
  await page.keyboard.press('Tab');
  await expect(page.locator('mark:focus')).toHaveCount(0);

  // The legend switches a category off and on again.
  const loaded = page.getByRole('button', { name: /^Loaded \d+$/ });
  await expect(loaded).toHaveAttribute('aria-pressed', 'true');
  const shownLoaded = page.locator('article.column mark.loaded:not(.off)');
  expect(await shownLoaded.count()).toBeGreaterThan(10);
  await loaded.click();
  await expect(loaded).toHaveAttribute('aria-pressed', 'false');
  await expect(shownLoaded).toHaveCount(0);
  await expect(page.locator('article.column mark.loaded').first()).not.toHaveAttribute('tabindex');
  await expect(c000.locator('mark.attribution:not(.off)').first()).toBeVisible();
  await app.screenshot('view-legend-loaded-off');
  await loaded.click();
  await expect(loaded).toHaveAttribute('aria-pressed', 'true');
  expect(await shownLoaded.count()).toBeGreaterThan(10);

  await app.screenshot('view-highlights');
  expect(app.consoleErrors).toEqual([]);
});

test('highlights stay readable in the dark theme, which follows the OS', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await analysed(page);
  const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(paper).toBe('rgb(28, 28, 30)');
  const mark = column(page, '000').locator('mark.loaded').first();
  const colours = await mark.evaluate((el) => ({ fg: getComputedStyle(el).color, bg: getComputedStyle(el).backgroundColor }));
  expect(colours.fg).toBe('rgb(236, 235, 230)');
  expect(colours.bg).not.toBe('rgba(0, 0, 0, 0)');
  await column(page, '000').locator('mark.attribution', { hasText: /^claimed$/ }).hover();
  await expect(page.locator('#mark-tip')).toBeVisible();
  await app.screenshot('view-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 248)');
  expect(app.consoleErrors).toEqual([]);
});
