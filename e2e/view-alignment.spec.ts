import { test, expect } from './fixtures';
import { analysed, column, sentence } from './view-helpers';

test('a sentence lights up the sentences that tell the same fact elsewhere, with the words that differ', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const c000 = column(page, '000');
  const c001 = column(page, '001');
  const c002 = column(page, '002');

  // Seed 000's "claimed" sentence: 001 tells it with "confirmed", 002 with "noted".
  const own = sentence(c000, 30);
  await expect(own).toContainText('claimed');
  const in001 = sentence(c001, 7);
  const in002 = sentence(c002, 6);
  await expect(in001).not.toBeInViewport();
  await own.hover();
  await expect(own).toHaveClass(/\bactive\b/);
  await expect(in001).toHaveClass(/\blit\b/);
  await expect(in002).toHaveClass(/\blit\b/);
  await expect(in001).toContainText('confirmed');
  await expect(in002).toContainText('noted');
  // The other columns scrolled to them.
  await expect(in001).toBeInViewport();
  await expect(in002).toBeInViewport();

  const popover = page.locator('#diff-popover');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('Same fact in 3 articles: Article 000, Article 001, Article 002');
  const framed = popover.locator('.framed');
  await expect(framed).toContainText(/Article 000: claimed.* · Article 001: confirmed · Article 002: noted/);
  await expect(framed.locator('mark.attribution', { hasText: 'confirmed' })).toHaveCount(1);
  await app.screenshot('view-aligned-hover');

  // Leaving the text puts things back.
  await page.mouse.move(5, 5);
  await expect(popover).toBeHidden();
  await expect(page.locator('.s.lit')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('next and previous fact from the keyboard light up the same way', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const c001 = column(page, '001');
  await c001.locator('.body').focus();
  await page.keyboard.press('j');
  const first = page.locator('.s:focus');
  await expect(first).toHaveCount(1);
  await expect(first).toHaveAttribute('data-s', '1');
  await expect(page.locator('.s.lit')).not.toHaveCount(0);
  await expect(page.locator('#diff-popover')).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('.s:focus')).toHaveAttribute('data-s', '2');
  await page.keyboard.press('j');
  await expect(page.locator('.s:focus')).toHaveAttribute('data-s', '3');
  await page.keyboard.press('k');
  await expect(page.locator('.s:focus')).toHaveAttribute('data-s', '2');
  // The sentence about the call's length: lit in all the columns that give it.
  const lit = await page.locator('.s.lit').count();
  expect(lit).toBeGreaterThanOrEqual(1);
  await app.screenshot('view-aligned-keyboard');
  await page.keyboard.press('Escape');
  await expect(page.locator('#diff-popover')).toBeHidden();
  expect(app.consoleErrors).toEqual([]);
});
