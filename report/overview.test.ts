import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/index';
import { outletName, outletNames, tidyFileName, withOutletNames } from './outlets';
import { buildOverview, importanceOf } from './overview';

const STORY = join(__dirname, '../engine/fixtures/allsides-2021/5608-former-secretary-of-state-colin-powell-dies-at-8');
const SEEDS = join(__dirname, '../seeds');

function load(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f, i) => ({ id: `${i}`.padStart(12, 'a'), name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

describe('outlet names', () => {
  it('prefers the source the file gives, else tidies the file name', () => {
    expect(outletName({ name: 'x.json', source: '  CNN   Business ' })).toBe('CNN Business');
    expect(tidyFileName('left.txt')).toBe('Left');
    expect(tidyFileName('/a/b/000_b633181b32e3410d.txt')).toBe('Article 000');
    expect(tidyFileName('fox-news_story.html')).toBe('Fox News Story');
    expect(tidyFileName('d728975ecf0d.md')).toBe('Article');
  });

  it('makes names unique within a set and replaces ids in engine text', () => {
    const names = outletNames([
      { id: 'a', name: 'one.txt', source: 'Reuters' },
      { id: 'b', name: 'two.txt', source: 'reuters' },
      { id: 'c', name: 'left.txt' },
    ]);
    expect([...names.values()]).toEqual(['Reuters', 'reuters 2', 'Left']);
    expect(withOutletNames('a1b2c3d4e5f6 writes "former President"', new Map([['a1b2c3d4e5f6', 'CNN']]))).toBe('CNN writes "former President"');
  });
});

describe('buildOverview', () => {
  it('says for each allsides outlet how it differs, naming outlets and never ids', () => {
    const articles = load(STORY);
    const comparison = analyze(articles);
    const names = outletNames(articles);
    const overview = buildOverview(comparison, names);
    expect(overview.comparable).toBe(true);
    expect(overview.outlets.map((o) => o.outlet)).toEqual(['Center', 'Left', 'Right']);
    for (const o of overview.outlets) {
      expect(o.items.find((i) => i.kind === 'tone')).toBeDefined();
      for (const item of o.items) {
        expect(item.text + item.quotes.join(' ')).not.toMatch(/aaaaaaaaaa/u);
        if (item.place) expect(comparison.articles.find((a) => a.id === item.place!.articleId)!.sentences[item.place.sentence]).toBeDefined();
      }
    }
    // Facts only one outlet reports are listed under that outlet, and only there.
    const onlyFacts = comparison.facts.filter((f) => f.presentIn.length === 1);
    if (onlyFacts.length) {
      const owner = overview.outlets.find((o) => o.articleId === onlyFacts[0]!.presentIn[0])!;
      expect(owner.items.some((i) => i.kind === 'only')).toBe(true);
    }
    // Omissions are listed for the outlet that leaves them out.
    for (const a of comparison.articles) {
      const entry = overview.outlets.find((o) => o.articleId === a.id)!;
      expect(entry.items.some((i) => i.kind === 'omits')).toBe(a.omissions.some((o) => !o.minor));
    }
  });

  it('says a neutral outlet in a negative set reads less negative, not more positive, and the other way round', () => {
    const comparison = analyze(load(STORY));
    const names = outletNames(load(STORY));
    const toneOfOutlet = (values: number[]) => {
      comparison.articles.forEach((a, i) => (a.sentiment = { ...a.sentiment, comparative: values[i]! }));
      return buildOverview(comparison, names).outlets.map((o) => o.items.find((i) => i.kind === 'tone')!.short);
    };
    expect(toneOfOutlet([0, -0.02, -0.03])[0]).toBe('less negative than the others');
    expect(toneOfOutlet([0.01, -0.02, -0.03])[0]).toBe('more positive than the others');
    expect(toneOfOutlet([0, 0.02, 0.03])[0]).toBe('less positive than the others');
    expect(toneOfOutlet([-0.01, 0.02, 0.03])[0]).toBe('more negative than the others');
    expect(toneOfOutlet([0, -0.02, -0.03])[2]).toBe('more negative than the others');
  });

  it('quotes one example per sentence for what only one outlet reports: a quote and its sentence are one thing', () => {
    const articles = load(SEEDS);
    const comparison = analyze(articles);
    // a statement of the first outlet's own, from a sentence no fact of the set holds, and the quote inside it, as the
    // engine gives both
    const id = comparison.articles[0]!.id;
    const held = new Set(comparison.facts.map((f) => f.sentences[id]));
    const at = comparison.articles[0]!.sentences.findIndex((s, i) => !s.heading && !held.has(i) && s.text.length > 60);
    const text = comparison.articles[0]!.sentences[at]!.text.trim();
    const fact = { id: 's-own', kind: 'statement' as const, text, presentIn: [id], sentences: { [id]: at }, importance: 0.9 };
    const twin = { ...fact, id: 'q-own', kind: 'quote' as const, text: `“${text.slice(0, 40)}”`, importance: 1 };
    const only = (c: typeof comparison) => buildOverview(c, outletNames(articles)).outlets.find((o) => o.articleId === id)!.items.find((i) => i.kind === 'only')!;
    const quotes = only({ ...comparison, facts: [...comparison.facts, fact, twin] }).quotes;
    expect(quotes[0]).toContain(fact.text.slice(0, 40));
    expect(quotes.filter((q) => q.includes(fact.text.slice(0, 40)))).toHaveLength(1);
  });

  it('does not call a fact only one outlet\'s where another tells it in part', () => {
    const articles = load(SEEDS);
    const comparison = analyze(articles);
    const overview = buildOverview(comparison, outletNames(articles));
    const told = comparison.facts.filter((f) => f.presentIn.length === 1 && f.partialIn?.length);
    // the sample set has such facts: a quote one outlet gives whole and another in part
    expect(told.length).toBeGreaterThan(0);
    for (const f of told) {
      const only = overview.outlets.find((o) => o.articleId === f.presentIn[0])!.items.find((i) => i.kind === 'only');
      expect((only?.quotes ?? []).some((q) => q.includes(f.text.slice(0, 40)))).toBe(false);
    }
  });

  it('tells the contradictions on the sample set with outlet names on both sides', () => {
    const articles = load(SEEDS);
    const comparison = analyze(articles);
    const overview = buildOverview(comparison, outletNames(articles));
    const disagreements = overview.outlets.flatMap((o) => o.items.filter((i) => i.kind === 'contradiction'));
    expect(disagreements.length > 0).toBe(comparison.contradictions.length > 0);
    for (const d of disagreements) expect(d.text).toMatch(/Article \d{3}/u);
    // an outlet on one side is set against the other side, never against its own side in other words
    const title = comparison.contradictions.find((c) => c.kind === 'title')!;
    for (const o of overview.outlets) {
      const item = o.items.find((i) => i.kind === 'contradiction');
      const mine = title.values.find((v) => v.articleId === o.articleId);
      if (!item || !mine || comparison.contradictions[0] !== title) continue;
      const quoted = item.text.split('“').slice(1).map((part) => part.split('”')[0]!);
      expect(quoted.slice(1).every((q) => /former/u.test(q) !== /former/u.test(mine.text))).toBe(true);
    }
  });

  it('ranks by the importance the engine gives, else by how many outlets carry the fact', () => {
    expect(importanceOf({ factId: 'x', text: 't', presentIn: ['a', 'b', 'c'], anchor: { afterSentence: 0 } })).toBeGreaterThan(
      importanceOf({ factId: 'y', text: 't', presentIn: ['a', 'b'], anchor: { afterSentence: 0 } }),
    );
    const given = { factId: 'z', text: 't', presentIn: ['a'], anchor: { afterSentence: 0 }, importance: 9 };
    expect(importanceOf(given)).toBe(9);
  });

  it('lists an outlet\'s labels only where what they call the actor differs, not a nationality or "then-" before the same title', () => {
    const texts = [
      'Harbour chief Lena Ortiz met U.S. President Dana Brandt in the port on Friday. They spoke of cranes.',
      'Harbour chief Lena Ortiz met then-President Dana Brandt in the port on Friday. They spoke of cranes.',
      'Harbour chief Lena Ortiz met President Dana Brandt in the port on Friday. They spoke of cranes.',
      'Harbour chief Lena Ortiz met strongman Dana Brandt in the port on Friday. They spoke of cranes.',
    ];
    const articles = texts.map((text, i) => ({ id: `a${i}`, name: `${i}.txt`, text }));
    const overview = buildOverview(analyze(articles), outletNames(articles));
    const labelled = overview.outlets.filter((o) => o.items.some((i) => i.kind === 'labels')).map((o) => o.articleId);
    expect(labelled).toEqual(['a3']);
    expect(overview.outlets[3]!.items.find((i) => i.kind === 'labels')!.quotes).toEqual(['strongman Dana Brandt']);
    // a title with "of" is named by the word before it: "Secretary of State" and "U.S. Secretary" are one title
    const titled = ['Secretary of State Dana Brandt met port officials on Friday.', 'U.S. Secretary Dana Brandt met port officials on Friday.'].map((text, i) => ({ id: `s${i}`, name: `${i}.txt`, text }));
    const titles = buildOverview(analyze(titled), outletNames(titled));
    expect(titles.outlets.flatMap((o) => o.items.filter((i) => i.kind === 'labels'))).toEqual([]);
    // an abbreviated title is the title written in full, a variant the same title: "PM" and "Prime Minister", "Gov."
    // and "Governor", "chair" and "chairman"
    for (const [short, full] of [['PM', 'Prime Minister'], ['Gov.', 'Governor'], ['board chair', 'board chairman']]) {
      const pair = [`${short} Dana Brandt met port officials on Friday.`, `${full} Dana Brandt met port officials on Friday.`].map((text, i) => ({ id: `t${i}`, name: `${i}.txt`, text }));
      const both = buildOverview(analyze(pair), outletNames(pair));
      expect(both.outlets.flatMap((o) => o.items.filter((i) => i.kind === 'labels'))).toEqual([]);
    }
  });

  it('quotes each attribution verb beside the stance it takes, the most used first', () => {
    const texts = [
      'The Harbour Board claimed the cranes were safe. Dana Brandt confirmed the port would reopen. Lena Ortiz confirmed the date.',
      'The Harbour Board said the cranes were safe. Dana Brandt said the port would reopen. Lena Ortiz gave the date.',
    ];
    const articles = texts.map((text, i) => ({ id: `a${i}`, name: `${i}.txt`, text }));
    const overview = buildOverview(analyze(articles), outletNames(articles));
    const stances = overview.outlets[0]!.items.filter((i) => i.kind === 'attribution').map((i) => [i.short, i.quotes]);
    expect(stances).toEqual([
      ['doubts ×1', ['claimed']],
      ['endorses ×2', ['confirmed']],
    ]);
    expect(overview.outlets[1]!.items.filter((i) => i.kind === 'attribution')).toEqual([]);
  });

  it('has nothing to compare with one article', () => {
    const [one] = load(STORY);
    const overview = buildOverview(analyze([one!]), outletNames([one!]));
    expect(overview.comparable).toBe(false);
    expect(overview.outlets[0]!.items).toEqual([]);
  });
});
