import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { analysed, column } from './view-helpers';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.length} × e.g. ${v.nodes[0]?.target.join(' ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical problem on the comparison view (${scheme})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await analysed(page);
    expect(await seriousViolations(page)).toEqual([]);

    // With a side view, an expanded omission and the differences popover showing.
    await page.getByRole('button', { name: 'Coverage', exact: true }).click();
    await column(page, '000').locator('.omission .chip').first().click();
    await column(page, '000').locator('.body [data-s="30"]').hover();
    await expect(page.locator('#diff-popover')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    for (const panel of ['Contradictions', 'Actor labels', 'Attribution', 'Sentiment']) {
      await page.getByRole('button', { name: panel, exact: true }).click();
      expect(await seriousViolations(page), panel).toEqual([]);
    }
    await app.screenshot(`view-a11y-${scheme}`);
  });
}
