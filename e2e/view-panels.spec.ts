import { test, expect } from './fixtures';
import { analysed, column } from './view-helpers';

test('coverage matrix: facts × articles, and a cell click jumps to the sentence', async ({ app }) => {
  const { page } = app;
  await analysed(page);
  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  const panel = page.locator('aside.panel[data-panel="coverage"]');
  await expect(panel.getByRole('heading', { name: 'Fact coverage' })).toBeVisible();
  const table = panel.getByRole('table');
  await expect(table.locator('thead th')).toHaveText(['Fact', 'Article 000', 'Article 001', 'Article 002', 'Article 003', 'Article 004']);
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(20);

  // The negotiators' row (one fact for the group): left out by 000, a dot under the others.
  const bessent = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: /^Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick/ }) });
  await expect(bessent.getByRole('button', { name: /^Article 000 leaves out/ })).toHaveCount(1);
  await expect(bessent.getByRole('button', { name: / reports / })).toHaveCount(4);
  // The passage that names the team says what the team's box says: left out by 000 too, through that box.
  const passage = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: /^Representing the U\.S\. side will be/ }) });
  const leftOut = passage.getByRole('button', { name: /^Article 000 leaves out .*, in its box “Treasury Secretary Scott Bessent/ });
  await expect(leftOut).toHaveCount(1);
  await expect(table.locator('tfoot td')).toHaveCount(5);
  await app.screenshot('view-coverage');

  await bessent.getByRole('button', { name: /^Article 002 reports/ }).click();
  const target = column(page, '002').locator('.s:focus');
  await expect(target).toContainText('Bessent');
  await expect(target).toBeInViewport();

  // A ✕ shows the box in that column: for the passage, the team's box, which stands for it.
  await leftOut.click();
  const box = column(page, '000').locator('.omission .chip:focus');
  await expect(box).toContainText('Treasury Secretary Scott Bessent');
  await expect(box).toBeInViewport();
  await app.screenshot('view-coverage-left-out');
  expect(app.consoleErrors).toEqual([]);
});

test('contradictions, actor labels and attribution verbs side by side', async ({ app }) => {
  const { page } = app;
  await analysed(page);

  await page.getByRole('button', { name: 'Contradictions', exact: true }).click();
  const contradictions = page.locator('aside.panel[data-panel="contradictions"]');
  const title = contradictions.locator('li[data-contradiction]', { hasText: 'former President' });
  await expect(title).toHaveCount(1);
  await expect(title.locator('.kind')).toHaveText('Title');
  await expect(contradictions.locator('li[data-contradiction]', { hasText: 'left office' })).toHaveCount(1);
  await app.screenshot('view-contradictions');
  await title.getByRole('button', { name: /^Show in Article 002: former President/ }).click();
  await expect(column(page, '002').locator('.s:focus')).toContainText('former President');

  await page.getByRole('button', { name: 'Actor labels', exact: true }).click();
  const labels = page.locator('aside.panel[data-panel="labels"]');
  await expect(labels.getByRole('heading', { name: 'How each article labels each actor' })).toBeVisible();
  const trump = labels.locator('tr[data-actor="donald-trump"]');
  await expect(trump.locator('td').nth(2)).toContainText('former President');
  await expect(trump.locator('td').nth(1)).toContainText('U.S. President');
  await expect(labels.locator('tr[data-actor="xi-jinping"] td').nth(0)).toContainText('Chinese leader');
  await app.screenshot('view-actor-labels');

  await page.getByRole('button', { name: 'Attribution', exact: true }).click();
  const attribution = page.locator('aside.panel[data-panel="attribution"]');
  const rows = attribution.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(attribution.locator('tr[data-article] th').first()).toHaveText('Article 000');
  await expect(rows.nth(0).locator('td.doubt')).toContainText('claimed');
  await expect(rows.nth(1).locator('td.endorse')).toContainText('confirmed');
  await expect(rows.nth(2)).toContainText('noted');
  await app.screenshot('view-attribution');

  // The open side view is one at a time and closes.
  await expect(page.locator('aside.panel')).toHaveCount(1);
  await attribution.getByRole('button', { name: 'Close the side view' }).click();
  await expect(page.locator('aside.panel')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});
