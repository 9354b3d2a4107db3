import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { featureOfWord, featureSimilarity, prepare } from './features';
import { analyze } from './index';
import { wordVectors } from './word-vectors';
import type { ArticleInput, Comparison } from './types';

const SEEDS = join(__dirname, '..', 'seeds');
const seeds: ArticleInput[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f, i) => ({ id: `seed${i}`, file: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
const allsides = join(__dirname, 'fixtures', 'allsides-2021');

/** What a reader sees of a comparison, by file rather than by id or position: facts, omissions, matrix rows. */
function seen(c: Comparison, fileOf: (id: string) => string): unknown {
  const files = (ids: string[]) => ids.map(fileOf).sort();
  return {
    facts: c.facts.map((f) => ({ kind: f.kind, text: f.text, presentIn: files(f.presentIn), partialIn: files(f.partialIn ?? []) })).sort((a, b) => (a.text < b.text ? -1 : 1)),
    omissions: Object.fromEntries(c.articles.map((a) => [fileOf(a.id), a.omissions.map((o) => `${o.text} @${o.anchor.afterSentence}`).sort()])),
    stories: (c.stories ?? []).map(files).sort(),
  };
}

describe('one result per set', () => {
  // nine analyses of the seeds, and forty stories: seconds on a loaded machine
  it('the same files in any order and under any ids give the same facts and omissions, in the reader order', { timeout: 60_000 }, () => {
    const fileOf = (c: Comparison) => (id: string) => c.articles.find((a) => a.id === id)!.file!;
    const base = analyze(seeds);
    const expected = seen(base, fileOf(base));
    fc.assert(
      fc.property(fc.shuffledSubarray(seeds, { minLength: seeds.length, maxLength: seeds.length }), fc.nat(), (order, salt) => {
        const renamed = order.map((a, i) => ({ ...a, id: `x${(salt + i * 7919) % 100_003}-${i}` }));
        const c = analyze(renamed);
        expect(c.articles.map((a) => a.id)).toEqual(renamed.map((a) => a.id));
        expect(c.coverage.articleIds).toEqual(renamed.map((a) => a.id));
        expect(seen(c, fileOf(c))).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });

  it('a set gives the same result whatever was compared before it', { timeout: 60_000 }, () => {
    const stories = readdirSync(allsides).filter((f) => /^\d/u.test(f)).sort();
    const story = (name: string): ArticleInput[] =>
      readdirSync(join(allsides, name))
        .sort()
        .map((f) => ({ id: f, file: f, text: readFileSync(join(allsides, name, f), 'utf8') }));
    const first = JSON.stringify(analyze(seeds));
    const firstStory = JSON.stringify(analyze(story(stories[1]!)));
    for (const name of stories) analyze(story(name));
    expect(JSON.stringify(analyze(seeds))).toBe(first);
    expect(JSON.stringify(analyze(story(stories[1]!)))).toBe(firstStory);
  });
});

describe('the word behind a shared stem', () => {
  const article = (id: string, text: string) => buildArticle({ id, text });
  const similarityIn = (texts: string[]) => {
    prepare(texts.map((t, i) => article(`a${i}`, t)));
    return featureSimilarity(featureOfWord('general'), featureOfWord('commander'));
  };
  it('is the one the vectors rank most used, whatever came first or was compared before', () => {
    // "generation" and "general" share a stem; "general" is the more used word and the one near "commander"
    const general = wordVectors().similarity('general', 'commander')!;
    expect(general).toBeGreaterThan(0.5);
    expect(similarityIn(['A new generation of voters met the commander.'])).toBeLessThan(0.5);
    expect(similarityIn(['A generation later the general left.', 'The general spoke to the commander.'])).toBe(general);
    expect(similarityIn(['The general spoke to the commander.', 'The general left.'])).toBe(general);
  });
});
