/** The first-run hint: how to start, shown until dismissed, then never again. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { analysed } from './view-helpers';

test('the first start says how to begin, and once dismissed the hint never comes back', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const hint = page.getByRole('region', { name: 'New to Parallax?' });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('Drop article files or a folder on the window, or choose Open… (Ctrl+O), to see how outlets tell one story.');
  await expect(hint).toContainText('A sample set is open to try');
  await expect(hint).toContainText('Press ? for help.');
  await app.screenshot('first-run-hint');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('.first-run').analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // What it points to works: ? opens the help.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard and marks' })).toBeVisible();
  await page.keyboard.press('Escape');

  await hint.getByRole('button', { name: 'Got it' }).click();
  await expect(hint).toHaveCount(0);
  await expect(page.locator('.app')).toHaveAttribute('data-session', 'saved');
  await app.restart();
  await analysed(app.page);
  await expect(app.page.locator('.first-run')).toHaveCount(0);

  // Not even after closing every article, when the app falls back to the sample set.
  const close = app.page.getByRole('button', { name: /^Close / });
  while ((await close.count()) > 0) await close.first().click();
  await expect(app.page.getByRole('heading', { name: 'No articles open' })).toBeVisible();
  await expect(app.page.locator('.app')).toHaveAttribute('data-session', 'saved');
  await app.restart();
  await expect(app.page.locator('article.column')).toHaveCount(5);
  await expect(app.page.locator('.first-run')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test.describe('articles given at launch', () => {
  test.use({ launchFiles: ['e2e/data/trade-courier.md', 'e2e/data/call-readout.html'] });

  test('the hint does not speak of a sample set that is not open', async ({ app }) => {
    const hint = app.page.getByRole('region', { name: 'New to Parallax?' });
    await expect(hint).toBeVisible();
    await expect(app.page.locator('article.column')).toHaveCount(2);
    await expect(hint).not.toContainText('sample');
  });
});
