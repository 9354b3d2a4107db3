import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const HOSTILE_HTML = `<!doctype html><html><head><title>Markets calm after call</title>
<script>window.__pwned = 'head script'; alert('head script');</script></head>
<body onload="window.__pwned = 'onload'">
<article><h1>Markets calm after call</h1>
<p>Investors welcomed the news on Friday, and shares in exporters rose sharply in early trading across the region.</p>
<p><img src="x" onerror="window.__pwned = 'onerror'">Officials said talks would resume <a href="javascript:window.__pwned='link'">soon</a>, without naming a date.</p>
<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>
<p>&lt;script&gt;window.__pwned = 'escaped'&lt;/script&gt; is how the page quoted a script, as text.</p>
<p>Analysts cautioned that the truce remained fragile and that tariffs could return within months if talks stall.</p>
</article></body></html>`;

test('nothing in a hostile web page runs: its text shows, as text', async ({ app }, testInfo) => {
  const { page } = app;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await expect(page.locator('article.column')).toHaveCount(5);
  const path = testInfo.outputPath('hostile.html');
  writeFileSync(path, HOSTILE_HTML);
  await app.drop([path]);
  const column = page.locator('article.column').nth(5);
  await expect(column.getByRole('heading', { level: 2 })).toHaveText('Markets calm after call');
  await expect(column.locator('.body')).toContainText('Officials said talks would resume soon, without naming a date.');
  // Markup the page quoted as text stays text.
  await expect(column.locator('.body')).toContainText("<script>window.__pwned = 'escaped'</script> is how the page quoted a script");
  // Give any handler every chance: hover and click the text, wait for the page to settle.
  await column.getByText('Officials said talks').click();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator('article.column iframe, article.column img, article.column script, article.column a').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await app.screenshot('hostile-html');
  expect(app.consoleErrors).toEqual([]);
});

test('the page cannot reach the network', async ({ app }) => {
  app.allowCspViolations();
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  // The Content Security Policy stops these before any request is made: nothing leaves the machine.
  const outcome = await page.evaluate(async () => {
    const blocked: string[] = [];
    const bothBlocked = new Promise<void>((done) =>
      document.addEventListener('securitypolicyviolation', (e) => {
        blocked.push(`${e.violatedDirective} ${e.blockedURI}`);
        if (blocked.length === 2) done();
      }),
    );
    let fetched: string;
    try {
      await fetch('https://example.com/', { mode: 'no-cors' });
      fetched = 'reached';
    } catch (error) {
      fetched = `refused: ${(error as Error).name}`;
    }
    navigator.sendBeacon('https://example.com/beacon', 'article text');
    await bothBlocked;
    return { fetched, blocked };
  });
  expect(outcome.fetched).toBe('refused: TypeError');
  expect(outcome.blocked).toContain('connect-src https://example.com/');
  expect(outcome.blocked).toContain('connect-src https://example.com/beacon');
});
