/**
 * Chart labels never meet bars: three articles far apart in tone (one with a very long outlet name), in the
 * app's sentiment chart and in the HTML report's charts, checked by the boxes the browser lays out.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { test, expect, SCREENSHOTS } from './fixtures';
import { analysed } from './view-helpers';

test.use({ launchFiles: ['e2e/data/tone/grim.md', 'e2e/data/tone/bright.md', 'e2e/data/tone/plain.md'] });

interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of boxes that overlap by more than a hair (a shared edge is not a collision). */
function collisions(texts: Box[], others: Box[]): string[] {
  const out: string[] = [];
  for (const a of texts) {
    for (const b of others) {
      if (a === b) continue;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5) out.push(`${a.what} × ${b.what}`);
    }
  }
  return out;
}

/** Boxes of the text runs (their laid-out glyphs, not their boxes' full width) and bars under `root`. */
async function chartBoxes(page: Page, root: string, textSelector: string, barSelector: string): Promise<{ texts: Box[]; bars: Box[] }> {
  return page.evaluate(
    ({ root, textSelector, barSelector }) => {
      const box = (what: string, r: DOMRect) => ({ what, x: r.x, y: r.y, width: r.width, height: r.height });
      const el = document.querySelector(root)!;
      const texts = [...el.querySelectorAll(textSelector)].map((t) => {
        const range = document.createRange();
        range.selectNodeContents(t);
        // A name cut short with an ellipsis lays out wider than its box: its box is what shows.
        const shown = t instanceof HTMLElement ? t.getBoundingClientRect() : range.getBoundingClientRect();
        const glyphs = range.getBoundingClientRect();
        const r = new DOMRect(Math.max(shown.x, glyphs.x), glyphs.y, Math.min(shown.right, glyphs.right) - Math.max(shown.x, glyphs.x), glyphs.height);
        return box(`"${t.textContent!.trim().slice(0, 30)}"`, r);
      });
      const bars = [...el.querySelectorAll(barSelector)].map((b, i) => box(`bar ${i + 1}`, b.getBoundingClientRect()));
      return { texts, bars };
    },
    { root, textSelector, barSelector },
  );
}

test('the sentiment chart keeps names and figures clear of its bars, in the app and in the HTML report', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  await page.getByRole('button', { name: 'Sentiment', exact: true }).click();
  const chart = page.getByRole('list', { name: 'Tone per article' });
  await expect(chart.locator('li[data-article]')).toHaveCount(3);
  // The extremes: one article far below zero, one far above.
  const values = (await chart.locator('.value').allTextContents()).map((v) => Number(v.split('·')[1]!.trim().replace('−', '-')));
  expect(Math.min(...values)).toBeLessThan(-40);
  expect(Math.max(...values)).toBeGreaterThan(40);
  await expect(chart.locator('.name').first()).toHaveText(/^The Extraordinarily Long-Winded/);

  for (const width of [null, 288]) {
    if (width) {
      // The narrowest the side view goes.
      const handle = page.getByRole('separator', { name: 'Resize the side view' });
      await handle.focus();
      await page.keyboard.press('Home');
      await expect(handle).toHaveAttribute('aria-valuenow', String(width));
    }
    const { texts, bars } = await chartBoxes(page, '.tone-chart', '.name, .value', '.bar');
    expect(texts).toHaveLength(6);
    expect(bars).toHaveLength(3);
    expect(collisions(texts, [...bars, ...texts])).toEqual([]);
    // Every bar stays inside its row's track.
    const tracks = await chart.locator('.track').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
    bars.forEach((b, i) => {
      expect(b.x).toBeGreaterThanOrEqual(tracks[i]!.x - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(tracks[i]!.x + tracks[i]!.width + 0.5);
    });
  }
  await page.locator('aside.panel').screenshot({ path: join(SCREENSHOTS, app.mode, 'chart-labels-app.png') });

  // The HTML report of the same three articles.
  const work = mkdtempSync(join(tmpdir(), 'parallax-chart-e2e-'));
  const viewer = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const file = join(work, 'tone.html');
    await app.answerSaveDialog(file);
    await page.keyboard.press('Control+E');
    await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
    const report = await (await viewer.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await report.goto(pathToFileURL(file).href);
    for (const svg of ['svg.chart.sentiment', 'svg.chart.marks']) {
      const { texts, bars } = await chartBoxes(report, svg, 'text', 'rect');
      expect(texts.length).toBeGreaterThanOrEqual(6);
      expect(bars.length).toBeGreaterThanOrEqual(2);
      expect(collisions(texts, [...bars, ...texts]), svg).toEqual([]);
    }
    await expect(report.locator('svg.chart.sentiment text.label').first()).toHaveText(/^1\. The Extraordinarily Long-Winded/);
    await report.locator('.charts').screenshot({ path: join(SCREENSHOTS, app.mode, 'chart-labels-report.png') });
  } finally {
    await viewer.close();
    rmSync(work, { recursive: true, force: true });
  }
  expect(app.consoleErrors).toEqual([]);
});
