import { test, expect } from './fixtures';
import { analysed, column } from './view-helpers';

test('sentiment: a score in each column header, a strip per sentence, charts per article and per actor', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  const c000 = column(page, '000');
  const c001 = column(page, '001');

  // Header scores: the tone counts the outlets' evaluative words in both directions, not the topic's ("agreement",
  // "friendship") nor mild words ("significant progress"); seed 000 calls the call a "breakthrough" and
  // "meaningful" besides a "tense" relationship, seed 001 weighs a "positive" call against "negative" measures only,
  // so 000 reads warmer, and both stay within the level band.
  await expect(c000.locator('.head .tone')).toHaveText(/^Tone [+−]?\d+$/);
  const score = async (prefix: string) => Number((await column(page, prefix).locator('.head .tone').textContent())!.replace(/[^\d+−-]/g, '').replace('−', '-'));
  expect(await score('000')).toBeGreaterThan(await score('001'));
  await expect(c000.locator('.head .tone')).toHaveClass(/neutral/);
  await expect(c001.locator('.head .tone')).toHaveClass(/neutral/);

  // The gutter strip: one band per sentence, coloured by its tone; a click goes to the sentence.
  const strip = c000.locator('svg.strip');
  await expect(strip).toHaveAttribute('aria-label', /Sentence sentiment in Article 000: \d+ positive, \d+ negative, \d+ neutral sentences/);
  const bands = strip.locator('rect');
  expect(await bands.count()).toBeGreaterThan(20);
  expect(await strip.locator('rect.pos').count()).toBeGreaterThan(0);
  expect(await c001.locator('svg.strip rect.neg').count()).toBeGreaterThan(0);
  const last = bands.last();
  const n = Number(await last.getAttribute('data-sentence'));
  await last.click();
  await expect(c000.locator(`.body [data-s="${n}"]`)).toBeFocused();
  await expect(c000.locator(`.body [data-s="${n}"]`)).toBeInViewport();

  // Charts beside the columns.
  await page.getByRole('button', { name: 'Sentiment', exact: true }).click();
  const panel = page.locator('aside.panel[data-panel="sentiment"]');
  await expect(panel.getByRole('heading', { name: 'Sentiment' })).toBeVisible();
  const perArticle = panel.getByRole('list', { name: 'Tone per article' });
  await expect(perArticle.locator('li[data-article]')).toHaveCount(5);
  // two seeds lean positive ("breakthrough", "meaningful"), one negative ("punitive"), two balance out (a level
  // score draws a hairline on the positive side)
  await expect(perArticle.locator('.bar.pos')).toHaveCount(4);
  await expect(perArticle.locator('.bar.neg')).toHaveCount(1);
  await expect(perArticle).toContainText('000');
  const actors = panel.locator('table.actors tbody tr');
  expect(await actors.count()).toBeGreaterThanOrEqual(3);
  await expect(panel.locator('tr[data-actor="donald-trump"] th')).toHaveText('Donald Trump');
  await expect(panel.locator('tr[data-actor="xi-jinping"] svg')).toHaveCount(5);
  await app.screenshot('view-sentiment');
  expect(app.consoleErrors).toEqual([]);
});
