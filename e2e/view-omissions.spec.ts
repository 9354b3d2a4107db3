import { test, expect } from './fixtures';
import { analysed, column } from './view-helpers';

test('seed 000 shows the facts it leaves out where they would fit, and each jumps to a column that has it', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const c000 = column(page, '000');

  // What the engine issue says seed 000 leaves out, in the column itself.
  const gaps = c000.locator('.omission');
  // (The engine words a fact as one of the carrying articles does: "125 percent duties", "U.S. products from 125%".)
  for (const fact of [/Treasury Secretary Scott Bessent/, /Commerce Secretary Howard Lutnick/, /Trade Representative Jamieson Greer/, /\b145(%| percent)/, /\b125(%| percent)/]) {
    await expect(gaps.filter({ hasText: fact })).toHaveCount(1);
  }
  await expect(c000.locator('.head .gaps')).toHaveText(/^Leaves out \d+ facts$/);
  // Never said of the call's length, which all five give.
  await expect(page.locator('.omission', { hasText: /90-minute|hour and a half|hour-and-a-half/ })).toHaveCount(0);

  // The header button lists them all at once; an item brings its marker into view.
  const count = Number((await c000.locator('.head .gaps').textContent())!.replace(/\D/g, ''));
  await c000.locator('.head .gaps').click();
  await expect(c000.locator('.head .gaps')).toHaveAttribute('aria-expanded', 'true');
  const list = c000.getByRole('list', { name: 'Facts Article 000 leaves out' });
  await expect(list.getByRole('listitem')).toHaveCount(count);
  await expect(list).toContainText('Treasury Secretary Scott Bessent');
  await expect(list).toContainText('145%');
  await app.screenshot('view-omissions');
  await list.getByRole('button', { name: /\b125(%| percent)/ }).click();
  const marker = gaps.filter({ hasText: /\b125(%| percent)/ }).locator('.chip');
  await expect(marker).toBeFocused();
  await expect(marker).toBeInViewport();
  await app.screenshot('view-omission-marker');

  // Expand: the fact as another article tells it, and who carries it.
  const bessent = gaps.filter({ hasText: 'Scott Bessent' });
  const chip = bessent.locator('.chip');
  await chip.scrollIntoViewIfNeeded();
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  await chip.click();
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
  await expect(bessent.locator('blockquote')).toContainText('Bessent');
  // the passage that names the team, left out with it: said here, not in a second box
  await expect(bessent.locator('.also')).toContainText('Representing the U.S. side will be Treasury Secretary Scott Bessent');
  const jumps = bessent.getByRole('button', { name: /^Show this fact in / });
  await expect(jumps).toHaveCount(4);
  await app.screenshot('view-omission-expanded');

  // A fact two others carry and two tell in other words: the box counts and names both.
  const may = gaps.filter({ hasText: /May 12/ }).first();
  await expect(may.locator('.who')).toHaveText('in 2 others, 2 in part');
  await may.locator('.chip').scrollIntoViewIfNeeded();
  await may.locator('.chip').click();
  await expect(may.locator('.jumps')).toContainText('in part or in other words by Article 003, Article 004');
  await may.locator('.jumps').scrollIntoViewIfNeeded();
  await app.screenshot('view-omission-in-part');

  // A click jumps to the sentence in 003, which scrolls into view and takes focus.
  await bessent.getByRole('button', { name: 'Show this fact in Article 003' }).click();
  const target = column(page, '003').locator('.s:focus');
  await expect(target).toHaveCount(1);
  await expect(target).toContainText('Bessent');
  await expect(target).toBeInViewport();
  await app.screenshot('view-omission-jump');
  expect(app.consoleErrors).toEqual([]);
});

test('n and Shift+N step through the omitted facts; Enter opens one', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const chips = page.locator('article.column .omission .chip');
  const total = await chips.count();
  expect(total).toBeGreaterThan(10);
  await page.keyboard.press('n');
  await expect(chips.nth(0)).toBeFocused();
  await page.keyboard.press('n');
  await expect(chips.nth(1)).toBeFocused();
  await page.keyboard.press('Shift+N');
  await expect(chips.nth(0)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chips.nth(0)).toHaveAttribute('aria-expanded', 'true');
  // Onwards into the next columns (to the last chip where there are fewer than 13).
  const last = Math.min(12, total - 1);
  for (let i = 0; i < last; i++) await page.keyboard.press('n');
  await expect(chips.nth(last)).toBeFocused();
  await expect(chips.nth(last)).toBeInViewport();
  expect(app.consoleErrors).toEqual([]);
});
