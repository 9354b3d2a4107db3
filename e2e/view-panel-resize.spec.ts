/** The side view: resized by drag and by keys, kept across restarts, and nothing in it ever cut off. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { analysed } from './view-helpers';

const PANELS = [
  ['Coverage', 'coverage'],
  ['Contradictions', 'contradictions'],
  ['Actor labels', 'labels'],
  ['Attribution', 'attribution'],
  ['Sentiment', 'sentiment'],
] as const;

/** What would be cut off in the open side view: content wider than the view, tables out of their box or unreachable. */
async function clipped(page: Page): Promise<string[]> {
  return page.locator('aside.panel').evaluate((panel) => {
    const out: string[] = [];
    const content = panel.querySelector<HTMLElement>('.content')!;
    if (content.scrollWidth > content.clientWidth + 1) out.push(`the view scrolls sideways: ${content.scrollWidth} > ${content.clientWidth}`);
    const inner = content.getBoundingClientRect();
    for (const box of panel.querySelectorAll<HTMLElement>('.table-scroll')) {
      const r = box.getBoundingClientRect();
      if (r.left < inner.left - 1 || r.right > inner.right + 1) out.push(`a table's box runs past the view: ${r.left}–${r.right} in ${inner.left}–${inner.right}`);
      const table = box.querySelector('table')!;
      if (table.scrollWidth > box.clientWidth + 1) {
        // Wider than its box: the box must scroll, and scrolling it to the end must show the last column whole.
        if (!['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) out.push('a wide table does not scroll');
        box.scrollLeft = box.scrollWidth;
        const last = table.querySelector('thead th:last-child')!.getBoundingClientRect();
        if (last.right > box.getBoundingClientRect().right + 1) out.push('the last column cannot be scrolled into view');
        box.scrollLeft = 0;
      } else {
        for (const cell of table.querySelectorAll('th, td')) {
          const c = cell.getBoundingClientRect();
          if (c.right > r.right + 1) out.push(`a cell is cut off: ${cell.textContent?.slice(0, 30)}`);
        }
      }
    }
    return out;
  });
}

test('the side view resizes by drag and keys, keeps its width, and never cuts a table off', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await analysed(page);
  await page.getByRole('button', { name: 'Actor labels', exact: true }).click();
  const panel = page.locator('aside.panel');
  const handle = page.getByRole('separator', { name: 'Resize the side view' });
  await expect(handle).toHaveAttribute('aria-valuenow', '432');
  await expect(handle).toHaveAttribute('aria-valuemin', '288');
  const width = async () => Math.round((await panel.boundingBox())!.width);

  // Keys: left widens (the handle is on the view's left edge), right narrows, Shift takes bigger steps, Home/End the ends.
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '448');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '384');
  expect(await width()).toBe(384);
  await page.keyboard.press('End');
  const max = Number(await handle.getAttribute('aria-valuemax'));
  await expect(handle).toHaveAttribute('aria-valuenow', String(max));
  // One column of text always stays beside the widest view.
  expect((await page.locator('article.column').first().boundingBox())!.width).toBeGreaterThan(200);

  // Drag: 150 px to the right narrows it by as much.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '416');
  const h = (await handle.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2 - 100, h.y + h.height / 2, { steps: 5 });
  await page.mouse.move(h.x + h.width / 2 + 50, h.y + h.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', '366');
  expect(await width()).toBe(366);
  // Never narrower than the narrowest.
  await page.mouse.move(h.x + h.width / 2 + 50, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + 600, h.y + h.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', '288');

  // At the narrowest, every side view's tables wrap or scroll inside their own box.
  for (const [button, id] of PANELS) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.locator(`aside.panel[data-panel="${id}"]`)).toBeVisible();
    expect(await clipped(page), id).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).include('aside.panel').analyze();
      expect(results.violations.map((v) => `${id} ${scheme} ${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    if (id === 'labels') await app.screenshot('side-view-narrowest-labels');
    if (id === 'sentiment') await app.screenshot('side-view-narrowest-sentiment');
  }

  // The width is kept with the view.
  await page.keyboard.press('Escape');
  await handle.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '352');
  await expect(page.locator('.app')).toHaveAttribute('data-session', 'saved');
  await app.restart();
  await analysed(app.page);
  await expect(app.page.getByRole('separator', { name: 'Resize the side view' })).toHaveAttribute('aria-valuenow', '352');
  expect(app.consoleErrors).toEqual([]);
});
