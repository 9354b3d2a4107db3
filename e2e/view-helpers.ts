/** Locators the comparison-view specs share. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The column of the seed whose file name starts with `prefix` ("000", "001", …). */
export function column(page: Page, prefix: string): Locator {
  return page.locator('article.column').filter({ has: page.locator('.file', { hasText: new RegExp(`^${prefix}`) }) });
}

/** Sentence `n` of a column. */
export function sentence(col: Locator, n: number): Locator {
  return col.locator(`.body [data-s="${n}"]`);
}

/** Waits until the worker's comparison is laid out in every column. */
export async function analysed(page: Page, timeout = 30_000): Promise<void> {
  await expect(page.locator('.app')).toHaveAttribute('data-analysis', 'done', { timeout });
}

const SEEDS = resolve(__dirname, '..', 'seeds');

/** `count` articles of about `words` words, made of the seeds' sentences in a fixed shuffled order. */
export function syntheticSet(dir: string, count: number, words: number): string[] {
  const sentences = readdirSync(SEEDS)
    .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split(/\n+/))
    .flatMap((p) => p.match(/[^.!?]+[.!?]+["”’]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [`Synthetic report ${i + 1} on the trade call`];
    let total = 0;
    let paragraph: string[] = [];
    while (total < words) {
      const s = sentences[Math.floor(next() * sentences.length)]!;
      paragraph.push(s);
      total += s.split(/\s+/).length;
      if (paragraph.length === 3) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(' '));
    const file = join(dir, `synthetic-${String(i + 1).padStart(2, '0')}.txt`);
    writeFileSync(file, paragraphs.join('\n\n'));
    files.push(file);
  }
  return files;
}

