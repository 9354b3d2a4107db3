/**
 * How long the main thread is blocked while a 2 MB web page loads: in the loader workers (as the app
 * and the CLI load) and, for comparison, parsed on the calling thread. Reported, not asserted: the
 * figures depend on the machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadArticleFiles } from '../loader';
import { loadArticleFile } from './article';

const dir = mkdtempSync(join(tmpdir(), 'parallax-main-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A saved news page of about 2 MB: the article, then flat ad markup. */
function twoMegabytePage(): string {
  const paragraphs = Array.from({ length: 12 }, (_, i) => `<p>Officials said on Friday that the talks would resume next week, after a call that lasted ninety minutes (${i}).</p>`);
  const ad = '<div class="ad-slot"><a href="https://ads.example/c?id=1"><img src="a.png" alt=""></a><span class="label">Sponsored</span></div>';
  const head = `<!doctype html><html><head><title>Talks to resume</title></head><body><article><h1>Talks to resume</h1>${paragraphs.join('')}</article>`;
  return head + ad.repeat(Math.ceil((2_000_000 - head.length) / ad.length)) + '</body></html>';
}

/** The longest the event loop was held while `run` ran, in ms: the longest gap between 1 ms ticks. */
async function longestBlock(run: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    await run();
    longest = Math.max(longest, performance.now() - last);
  } finally {
    clearInterval(tick);
  }
  return longest;
}

it('reports the longest main-thread block while a 2 MB page loads', async ({ annotate }) => {
  const path = join(dir, 'page.html');
  writeFileSync(path, twoMegabytePage());
  await loadArticleFiles([path]); // starts a worker and loads the parsers once, as an open app has
  const inWorker = await longestBlock(async () => {
    const { articles } = await loadArticleFiles([path]);
    expect(articles[0]?.title).toBe('Talks to resume');
  });
  const onThread = await longestBlock(() => loadArticleFile(path));
  const line = `longest main-thread block while a 2 MB page loads: ${inWorker.toFixed(0)} ms in the loader worker, ${onThread.toFixed(0)} ms parsed on the main thread`;
  console.log(line);
  await annotate(line);
});
