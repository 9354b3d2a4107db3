import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import type { Comparison } from './types';

const ROOT = join(__dirname, 'fixtures', 'allsides-2021');
const SIDES = ['left', 'center', 'right'] as const;
const stories = readdirSync(ROOT).filter((d) => /^\d{4}-/u.test(d)).sort();
const texts = new Map<string, Record<string, string>>();
const results = new Map<string, Comparison>();
for (const story of stories) {
  const t = Object.fromEntries(SIDES.map((s) => [s, readFileSync(join(ROOT, story, `${s}.txt`), 'utf8')]));
  texts.set(story, t);
  results.set(story, analyze(SIDES.map((s) => ({ id: s, text: t[s]! }))));
}
const story = (prefix: string) => {
  const key = stories.find((s) => s.startsWith(prefix))!;
  return results.get(key)!;
};
const omissionTexts = (c: Comparison, id: string) => c.articles.find((a) => a.id === id)!.omissions.map((o) => o.text);
const omittedValues = (c: Comparison, id: string) =>
  c.articles.find((a) => a.id === id)!.omissions.map((o) => c.facts.find((f) => f.id === o.factId)!.value).filter(Boolean);

describe('compare on the 40 allsides stories', () => {
  it('keeps every omission, alignment and difference consistent', () => {
    expect(stories.length).toBe(40);
    for (const name of stories) {
      const c = results.get(name)!;
      const t = texts.get(name)!;
      for (const a of c.articles) {
        for (const o of a.omissions) {
          expect(o.presentIn).not.toContain(a.id);
          // the others that report it: its carriers, and for a statement those that tell it in part too
          expect(o.presentIn.length + (o.kind === 'statement' ? (o.partialIn?.length ?? 0) : 0)).toBeGreaterThanOrEqual(2);
          expect(o.presentIn.length).toBeGreaterThanOrEqual(o.kind === 'statement' ? 1 : 2);
          expect(o.anchor.afterSentence).toBeGreaterThanOrEqual(-1);
          expect(o.anchor.afterSentence).toBeLessThan(a.sentences.length);
        }
      }
      for (const al of c.alignments) {
        expect(new Set(al.members.map((m) => m.articleId)).size).toBe(al.members.length);
        for (const d of al.differences) expect(t[d.articleId]!.slice(d.start, d.end), name).toBe(d.text);
      }
      c.facts.forEach((f, i) => expect(c.coverage.matrix[i]!.filter(Boolean).length).toBe(f.presentIn.length));
    }
  });

  it('finds figures one outlet leaves out', () => {
    expect(omittedValues(story('5610'), 'center')).toContain('$150 billion');
    expect(omittedValues(story('5621'), 'left')).toContain('$1,657');
    expect(omittedValues(story('5625'), 'left')).toContain('5.9%');
  });

  it('does not call a figure omitted where the outlet gives it in other words', () => {
    // "in 39 years" and "in four decades"
    expect(omittedValues(story('5621'), 'left')).not.toContain('40 years');
    expect(omittedValues(story('5621'), 'center')).not.toContain('39 years');
    // "falls below 50 percent" and "just 47% effective"
    expect(omittedValues(story('5642'), 'right')).not.toContain('47%');
    // "for more than five hours" and "nearly six hours"
    expect(omittedValues(story('5646'), 'left')).not.toContain('6 hours');
    // "ages 5 to 11" and "aged 5-11"
    expect(omissionTexts(story('5636'), 'left').join('\n')).not.toMatch(/5-11/u);
    // "the 19–0 vote" and "all 19 members"
    expect(omittedValues(story('5616'), 'right')).not.toContain('19');
    // "Senate Bill 8" names a law, not a count of eight
    expect(omittedValues(story('5638'), 'right')).not.toContain('8');
    // "24/7" is no count of 24 and 7
    expect(story('5620').facts.filter((f) => f.kind === 'number').map((f) => f.value)).not.toContain('24');
  });

  it('does not call a statement omitted where the outlet says it in other words', () => {
    // center: "offering thanks to the staff of the hospital near Washington, D.C."
    expect(omissionTexts(story('5608'), 'center').join('\n')).not.toMatch(/Walter Reed/u);
    // left: "The biggest cost-of-living adjustment in 39 years" for "the largest increase in four decades"
    expect(omissionTexts(story('5621'), 'left').join('\n')).not.toMatch(/four decades/u);
    // center: "The announcement applies to international air travel and travel across U.S. land borders."
    expect(omissionTexts(story('5614'), 'center').join('\n')).not.toMatch(/international air travel/u);
  });

  it('counts what is said of a person beside the name as a fact of its own', () => {
    const powell = story('5608');
    // center "the first Black U.S. secretary of state", left "became the first African American secretary of State";
    // right calls him "former secretary of state" only: that does not say he was the first
    const first = powell.facts.find((f) => /first Black U\.S\. secretary of state$/u.test(f.text))!;
    expect(first.presentIn.sort()).toEqual(['center', 'left']);
    expect(omissionTexts(powell, 'right')).toContain(first.text);
    // "his family said in a statement on Facebook" reports the fact; right tells the fact without it
    const vaccinated = powell.facts.find((f) => /fully vaccinated/u.test(f.text))!;
    expect(vaccinated.presentIn).toContain('right');
    expect(powell.coverage.matrix[powell.facts.indexOf(vaccinated)]).toEqual([true, true, true]);
  });

  it('reports no disagreement where the outlets agree', () => {
    // "since the pandemic began" and "since March 2020"; 293,000 and 256,000 are different weeks
    expect(story('5618').contradictions).toEqual([]);
    // "5.2% in August" beside "in September" is no disagreement on a date
    expect(story('5634').contradictions).toEqual([]);
    // "four pills twice a day" and "one that involves taking several pills"
    expect(story('5629').contradictions).toEqual([]);
    // "a former Justice Department official" is not a title given to a person
    expect(story('5619').contradictions).toEqual([]);
  });

  it('reads people in a role from body text, not from title-case headlines or organisations', () => {
    const facts = story('5630').facts.filter((f) => f.kind === 'person-role').map((f) => f.text);
    expect(facts).toContain('President Tsai Ing-wen');
    expect(facts.join('\n')).not.toMatch(/Stands Up/u);
    expect(story('5619').facts.filter((f) => f.kind === 'person-role').map((f) => f.text).join('\n')).not.toMatch(/Department/u);
  });
});
