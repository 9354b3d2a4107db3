import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/index';
import type { Comparison } from '../engine/types';
import { reportComparisonSchema } from './report-schema';

const SEEDS = resolve(__dirname, '../seeds');
const OTHER_STORY = resolve(__dirname, '../e2e/data/markets-react.md');

function withoutTokens(comparison: Comparison) {
  return { ...comparison, articles: comparison.articles.map((a) => ({ ...a, sentences: a.sentences.map(({ tokens: _tokens, ...s }) => s) })) };
}

/** Every key path in a JSON value (array indices folded), to see which fields the engine fills. */
function keyPaths(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${prefix}[]`, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // Record keys (fact.sentences by article id) are data, not fields.
      const path = prefix.endsWith('.sentences') && !prefix.includes('articles') ? `${prefix}.*` : `${prefix}.${key}`;
      out.add(path);
      keyPaths(item, path, out);
    }
  }
  return out;
}

describe('the exported comparison schema', () => {
  it('keeps every field the engine fills: a comparison of the seeds and an article about another story comes through unchanged', () => {
    const inputs = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ id: f.slice(4, 16), text: readFileSync(join(SEEDS, f), 'utf8'), title: f, file: f }));
    inputs.push({ id: 'other0000000', text: readFileSync(OTHER_STORY, 'utf8'), title: 'markets', file: 'markets-react.md' });
    const sent = JSON.parse(JSON.stringify(withoutTokens(analyze(inputs))));
    const parsed = reportComparisonSchema.parse(sent);
    // zod drops keys it does not know: a new engine field missing from the schema shows here.
    expect([...keyPaths(parsed)].sort()).toEqual([...keyPaths(sent)].sort());
    expect(parsed).toEqual(sent);
  });

  it('refuses offsets past the longest text, scores that are not numbers and unknown categories', () => {
    const sent = JSON.parse(JSON.stringify(withoutTokens(analyze([{ id: 'a', text: 'Officials said talks were productive.' }, { id: 'b', text: 'Critics claimed talks failed.' }]))));
    const highlight = { start: 0, end: 3_000_000, text: 'x', category: 'loaded', reason: 'r' };
    expect(reportComparisonSchema.safeParse({ ...sent, articles: [{ ...sent.articles[0], highlights: [highlight] }] }).success).toBe(false);
    expect(reportComparisonSchema.safeParse({ ...sent, articles: [{ ...sent.articles[0], sentiment: { score: 'high', comparative: 0 } }] }).success).toBe(false);
    expect(reportComparisonSchema.safeParse({ ...sent, articles: [{ ...sent.articles[0], highlights: [{ ...highlight, end: 1, category: 'gossip' }] }] }).success).toBe(false);
    expect(reportComparisonSchema.safeParse(sent).success).toBe(true);
  });
});
