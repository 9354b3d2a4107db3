import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { test, expect, SCREENSHOTS, type ParallaxApp } from './fixtures';

const SEED_TITLES = [
  'TRUMP Makes Bold China Move — Xi Responds Fast',
  'Trump Announces Resumption of U.S.-China Trade Talks Following Call with Xi',
  'Trump’s Positive Outreach to China: Navigating Trade Talks',
];

let viewer: Browser;
/**
 * Reports go to a folder of their own outside test-results/, which another Playwright run in the same
 * checkout would empty when it starts.
 */
let work: string;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'parallax-export-e2e-'));
  // A browser of its own to read the reports in, as a reader would open the file.
  viewer = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

test.afterAll(async () => {
  await viewer.close();
  rmSync(work, { recursive: true, force: true });
});

/** A path in this test's own folder under `work`. */
function out(title: string, name: string): string {
  const dir = join(work, title.replace(/[^a-z0-9]+/giu, '-').slice(0, 40));
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * Answers the Save dialog with `file`, runs `trigger`, and waits for the report to appear on disk and for the app
 * to say so: the next export starts once this one is done (an export asked for while one runs is not queued).
 */
async function exportTo(app: ParallaxApp, file: string, trigger: () => Promise<void>): Promise<void> {
  await app.answerSaveDialog(file);
  await trigger();
  await expect.poll(() => existsSync(file), { message: `${file} is written`, timeout: 30_000 }).toBe(true);
  await expect(app.page.getByRole('status').filter({ hasText: `Report saved as ${basename(file)}` })).toBeVisible({ timeout: 30_000 });
}

async function ready(app: ParallaxApp): Promise<void> {
  await expect(app.page.locator('article.column')).toHaveCount(5);
}

test('exports the sample set in every format from the button, Ctrl+E and the menu', async ({ app }, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  await ready(app);
  const dir = out(testInfo.title, 'reports');
  mkdirSync(dir, { recursive: true });
  const exportButton = page.getByRole('button', { name: 'Export…' });

  await exportTo(app, join(dir, 'seeds.html'), () => exportButton.click());
  const html = readFileSync(join(dir, 'seeds.html'), 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html.match(/<article class="column"/gu)).toHaveLength(5);

  await exportTo(app, join(dir, 'seeds.md'), () => page.keyboard.press('Control+E'));
  const md = readFileSync(join(dir, 'seeds.md'), 'utf8');
  expect(md).toMatch(/^# Parallax comparison report\n/u);
  for (const title of SEED_TITLES.slice(1)) expect(md).toContain(title);

  await exportTo(app, join(dir, 'seeds.json'), () => app.exportFromMenu());
  const json = JSON.parse(readFileSync(join(dir, 'seeds.json'), 'utf8'));
  expect(json.schemaVersion).toBe(2);
  expect(json.articles.map((a: { title: string }) => a.title).slice(0, 3)).toEqual(SEED_TITLES);
  expect(json.errors).toEqual([]);
  expect(json.facts.length).toBeGreaterThan(0);

  await exportTo(app, join(dir, 'seeds.csv'), () => exportButton.click());
  const csv = readFileSync(join(dir, 'seeds.csv'), 'utf8').split('\r\n').filter(Boolean);
  expect(csv[0]).toMatch(/^fact_id,kind,fact,told_by,/u);
  expect(csv).toHaveLength(json.facts.length + 1);

  await exportTo(app, join(dir, 'seeds.pdf'), () => exportButton.click());
  expect(readFileSync(join(dir, 'seeds.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The reader is told where the last report went.
  await expect(page.getByRole('status').filter({ hasText: 'Report saved as seeds.pdf' })).toBeVisible();

  // Nothing but the five reports was written: no temporary files left beside them.
  expect(readdirSync(dir).sort()).toEqual(['seeds.csv', 'seeds.html', 'seeds.json', 'seeds.md', 'seeds.pdf']);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('the HTML report reads in Chromium with scripts off, loads nothing and logs no errors', async ({ app }, testInfo) => {
  await ready(app);
  const file = out(testInfo.title, 'seeds.html');
  await exportTo(app, file, () => app.page.getByRole('button', { name: 'Export…' }).click());

  for (const javaScriptEnabled of [true, false]) {
    const context = await viewer.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);

    await expect(page.getByRole('heading', { name: 'How 5 articles tell the story' })).toBeVisible();
    await expect(page.locator('article.column')).toHaveCount(5);
    for (const title of SEED_TITLES) await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.locator('.legend li')).toHaveCount(9);
    await expect(page.locator('svg.chart')).toHaveCount(2);
    expect(await page.locator('article.column mark').count()).toBeGreaterThan(30);
    expect(await page.locator('article.column .omission').count()).toBeGreaterThan(0);
    expect(await page.locator('table.matrix tbody tr').count()).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Contradictions' })).toBeVisible();
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    if (javaScriptEnabled) {
      await page.screenshot({ path: join(SCREENSHOTS, app.mode, 'report-html.png') });
      await page.screenshot({ path: join(SCREENSHOTS, app.mode, 'report-html-full.png'), fullPage: true });
    }
    await context.close();
  }
});

test('the PDF report has the summary and each article, and turns into PNG pages', async ({ app }, testInfo) => {
  await ready(app);
  const file = out(testInfo.title, 'seeds.pdf');
  await exportTo(app, file, () => app.page.getByRole('button', { name: 'Export…' }).click());

  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  expect(text.stdout).toContain('How 5 articles tell the story');
  for (const name of ['000_b633181b32e3410d.txt', '004_6d6e296701268718.txt']) expect(text.stdout).toContain(name);
  expect(text.stdout).toContain('Coverage: which article carries which fact');

  const prefix = join(SCREENSHOTS, app.mode, 'report-pdf');
  for (const old of readdirSync(join(SCREENSHOTS, app.mode)).filter((n) => n.startsWith('report-pdf-'))) rmSync(join(SCREENSHOTS, app.mode, old));
  const pages = spawnSync('pdftoppm', ['-r', '60', '-png', file, prefix]);
  expect(pages.status).toBe(0);
  const pngs = readdirSync(join(SCREENSHOTS, app.mode)).filter((n) => n.startsWith('report-pdf-') && n.endsWith('.png'));
  // The summary, then each article from a page of its own, then the comparison tables.
  expect(pngs.length).toBeGreaterThanOrEqual(7);
});

test('article text cannot become markup in the HTML report', async ({ app }, testInfo) => {
  await ready(app);
  const hostile = out(testInfo.title, 'hostile.txt');
  writeFileSync(
    hostile,
    'Hostile <script>document.title="pwned"</script> headline\n\n' +
      'A paragraph with "><img src=x onerror="document.title=\'pwned\'"> inside, and a massive claim.\n\n' +
      'Officials said on Monday the talks would resume.\n',
  );
  await app.drop([hostile]);
  await expect(app.page.locator('article.column')).toHaveCount(6);
  const file = out(testInfo.title, 'hostile.html');
  await exportTo(app, file, () => app.page.keyboard.press('Control+E'));

  const context = await viewer.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(pathToFileURL(file).href);
  const column = page.locator('article.column').last();
  await expect(column).toContainText('Hostile <script>document.title="pwned"</script> headline');
  await expect(column).toContainText(`"><img src=x onerror="document.title='pwned'"> inside`);
  expect(await page.locator('script, img').count()).toBe(0);
  expect(await page.title()).toBe('Parallax report: 6 articles');
  expect(errors).toEqual([]);
  await context.close();
});

test('a read-only folder: the reader is told why, and no file is left there', async ({ app }, testInfo) => {
  await ready(app);
  const locked = out(testInfo.title, 'locked');
  mkdirSync(locked, { recursive: true });
  writeFileSync(join(locked, 'report.html'), 'an older report');
  // Root ignores permission bits; an immutable folder (chattr +i) is read-only even for root.
  const root = process.getuid?.() === 0;
  if (root) test.skip(spawnSync('chattr', ['+i', locked]).status !== 0, 'no way to make a read-only folder here');
  else chmodSync(locked, 0o555);
  try {
    await app.answerSaveDialog(join(locked, 'report.html'));
    await app.page.keyboard.press('Control+E');
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('Export failed: report.html could not be saved: Parallax may not write there');
    await app.screenshot('export-read-only');
  } finally {
    if (root) spawnSync('chattr', ['-i', locked]);
    else chmodSync(locked, 0o755);
  }
  expect(readdirSync(locked)).toEqual(['report.html']);
  expect(readFileSync(join(locked, 'report.html'), 'utf8')).toBe('an older report');
});

test('the report shows the columns the reader sees, in their order', async ({ app }) => {
  const { page } = app;
  await ready(app);
  await page.getByRole('button', { name: 'Hide 001_ad910f024c7824ce.txt' }).click();
  await page.getByRole('button', { name: 'Move 004_6d6e296701268718.txt left' }).click();
  await expect(page.locator('article.column')).toHaveCount(4);
  const file = out('order', 'seen.json');
  await exportTo(app, file, () => page.keyboard.press('Control+E'));
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.articles.map((a: { name: string }) => a.name)).toEqual([
    '000_b633181b32e3410d.txt',
    '002_4323d673ccd73a1b.txt',
    '004_6d6e296701268718.txt',
    '003_2f1919c27b564321.txt',
  ]);
});

test('marks of a category the reader switched off stay out of the report', async ({ app }) => {
  const { page } = app;
  await ready(app);
  const loaded = page.locator('button[data-category="loaded"]');
  await loaded.click();
  await expect(loaded).toHaveAttribute('aria-pressed', 'false');
  const file = out('categories', 'no-loaded.html');
  await exportTo(app, file, () => page.keyboard.press('Control+E'));
  const html = readFileSync(file, 'utf8');
  expect(html).not.toContain('<mark class="m m-loaded"');
  expect(html).toContain('<mark class="m m-label"');
  expect(html).toContain('Not shown in this report (switched off when it was made): Loaded words</li>');
});

test('a name the reader gives a column reaches every report', async ({ app }, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  await ready(app);
  await expect(page.locator('.app')).toHaveAttribute('data-analysis', 'done', { timeout: 30_000 });
  // 001 by double-click, 002 (the one the contradictions name) by F2.
  await page.locator('article.column').nth(1).locator('.outlet').dblclick();
  const name = page.getByRole('textbox', { name: /^Name for the column of/ });
  await name.fill('Harbour Gazette');
  await name.press('Enter');
  await page.locator('article.column').nth(2).getByRole('button', { name: /^Pin / }).focus();
  await page.keyboard.press('F2');
  await page.getByRole('textbox', { name: /^Name for the column of/ }).fill('Ridge Ledger');
  await page.keyboard.press('Enter');
  await expect(page.locator('article.column .outlet')).toHaveText(['Article 000', 'Harbour Gazette', 'Ridge Ledger', 'Article 003', 'Article 004']);

  const dir = out(testInfo.title, 'renamed');
  mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(['html', 'md', 'json', 'csv', 'pdf'].map((ext) => [ext, join(dir, `renamed.${ext}`)]));
  for (const file of Object.values(files)) {
    await exportTo(app, file, () => page.keyboard.press('Control+E'));
  }

  const html = readFileSync(files['html']!, 'utf8');
  const section = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
  for (const renamed of ['Harbour Gazette', 'Ridge Ledger']) {
    expect(html).toContain(`<div class="file">${renamed}</div>`);
    expect(section('overview-title')).toContain(renamed);
    expect(section('omitted-title')).toContain(renamed);
  }
  expect(section('contradictions-title')).toContain('Ridge Ledger');
  const md = readFileSync(files['md']!, 'utf8');
  expect(md).toMatch(/### 2\. Harbour Gazette: /u);
  expect(md).toMatch(/### 3\. Ridge Ledger: /u);
  const json = JSON.parse(readFileSync(files['json']!, 'utf8'));
  expect(json.articles.map((a: { outlet: string }) => a.outlet)).toEqual(['Article 000', 'Harbour Gazette', 'Ridge Ledger', 'Article 003', 'Article 004']);
  const header = readFileSync(files['csv']!, 'utf8').split('\r\n')[0]!;
  expect(header).toContain('Harbour Gazette: ');
  expect(header).toContain('Ridge Ledger: ');
  const pdf = spawnSync('pdftotext', ['-layout', files['pdf']!, '-'], { encoding: 'utf8' });
  expect(pdf.status).toBe(0);
  expect(pdf.stdout).toContain('Harbour Gazette');
  expect(pdf.stdout).toContain('Ridge Ledger');
  // The old names are gone from every report (the file names stay, as the file each article came from).
  for (const text of [html, md, JSON.stringify(json), header, pdf.stdout]) {
    expect(text).not.toContain('Article 001');
    expect(text).not.toContain('Article 002');
  }
  expect(app.consoleErrors).toEqual([]);
});
