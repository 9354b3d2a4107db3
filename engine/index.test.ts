import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, buildArticle } from './index';
import type { ArticleAnalysis, ArticleInput, Comparison } from './types';

const seedDir = new URL('../seeds/', import.meta.url);
const seeds: ArticleInput[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), file: f, text: readFileSync(new URL(f, seedDir), 'utf8') }));

const fixtureDir = new URL('./fixtures/allsides-2021/', import.meta.url);
const stories = readdirSync(fixtureDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const story = (folder: string): ArticleInput[] =>
  ['left', 'center', 'right'].map((side) => ({
    id: side,
    text: readFileSync(new URL(`${folder}/${side}.txt`, fixtureDir), 'utf8'),
  }));

/** Every offset the engine reports slices back to the text it claims, inside the article. */
function expectExactOffsets(a: ArticleAnalysis, text: string): void {
  const inRange = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  };
  for (const p of a.paragraphs) inRange(p);
  for (const s of a.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
    for (const w of s.sentiment.words) expect(text.slice(w.start, w.end)).toBe(w.word);
  }
  for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const actor of a.actors) for (const m of actor.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  let last = 0;
  for (const h of a.highlights) {
    expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(h.start).toBeGreaterThanOrEqual(last);
    expect(h.reason).not.toBe('');
    last = h.end;
  }
  last = 0;
  for (const s of a.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
  }
  if (a.headline) expect(text.slice(a.headline.start, a.headline.end)).toBe(a.headline.text);
  if (a.dateline) expect(text.slice(a.dateline.start, a.dateline.end)).toBe(a.dateline.text);
}

describe('analyze', () => {
  it('returns one plain-JSON analysis per article, in order', () => {
    const c = analyze(seeds);
    expect(c.articles.map((a) => a.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    for (const [i, a] of c.articles.entries()) {
      expect(a.file).toBe(seeds[i]!.file);
      expect(a.wordCount).toBeGreaterThan(300);
      expect(a.title.length).toBeGreaterThan(10);
      expect(Number.isFinite(a.sentiment.comparative)).toBe(true);
      // every sample article reports speech and carries some marks
      expect(a.attributions?.length).toBeGreaterThan(2);
      expect(a.highlights.length).toBeGreaterThan(0);
      expectExactOffsets(a, seeds[i]!.text);
    }
  });

  it('links a person named by one word to the full name used elsewhere in the comparison', () => {
    const c = analyze([
      { id: 'a', text: 'President Biden spoke on Monday. Biden said the plan works.' },
      { id: 'b', text: 'President Joe Biden spoke on Monday. He said the plan works.' },
    ]);
    expect(c.articles[0]!.actors.find((x) => x.name === 'Biden')?.id).toBe('joe-biden');
    expect(c.articles[1]!.actors.find((x) => x.name === 'Joe Biden')?.id).toBe('joe-biden');
  });

  it('gives a name written with a middle initial the id of the same name without it', () => {
    const c = analyze([
      { id: 'a', text: 'Former President Donald J. Trump spoke. Trump said it.' },
      { id: 'b', text: 'Former President Donald Trump spoke. Trump said it.' },
      { id: 'c', text: 'President George W. Bush and President George H. W. Bush met.' },
    ]);
    expect(c.articles.map((a) => a.actors.find((x) => x.name.startsWith('Donald'))?.id)).toEqual(['donald-trump', 'donald-trump', undefined]);
    expect(c.articles[2]!.actors.map((x) => x.id).sort()).toEqual(['george-h-w-bush', 'george-w-bush']);
  });

  it('gives a name written with a short form of the given name the id of the name in full, in any order', () => {
    const texts = [
      { id: 'a', text: 'Harbour Board chairman Rick Brandt spoke on Monday. Brandt said the piers would close.' },
      { id: 'b', text: 'Harbour Board chairman Rick Brandt spoke on Monday. Brandt said the piers would close in May.' },
      { id: 'c', text: 'Richard P. Brandt, who chairs the Harbour Board, spoke on Monday. Brandt said the piers would close.' },
      { id: 'd', text: 'Patricia Lee and Patrick Lee spoke. Lena Brandt said little.' },
    ];
    for (const order of [texts, [...texts].reverse()]) {
      const c = analyze(order);
      const ids = (id: string) => c.articles.find((a) => a.id === id)!.actors.filter((x) => x.kind === 'person').map((x) => x.id).sort();
      expect([...ids('a'), ...ids('b'), ...ids('c')]).toEqual(['rick-brandt', 'rick-brandt', 'rick-brandt']);
      expect(ids('d')).toEqual(['lena-brandt', 'patricia-lee', 'patrick-lee']);
      // the person in a role is one fact that the article naming him in full carries
      const chair = c.facts.find((f) => f.kind === 'person-role' && f.text.includes('Rick Brandt'))!;
      expect(chair.presentIn).toContain('c');
      expect(c.articles.find((a) => a.id === 'c')!.omissions.some((o) => o.factId === chair.id)).toBe(false);
    }
  });

  it('copes with empty input and empty text', () => {
    expect(analyze([]).articles).toEqual([]);
    const a = analyze([{ id: 'e', text: '' }]).articles[0]!;
    expect(a).toMatchObject({ id: 'e', title: 'e', wordCount: 0, sentences: [], highlights: [], actors: [] });
  });
});

describe('the article model on pathological text', () => {
  it('handles thousands of quotes in one sentence and a long unpunctuated text without stalling', () => {
    const quotes = buildArticle({ id: 'q', text: '“a” said Trump '.repeat(5_000) });
    expect(quotes.quotes).toHaveLength(5_000);
    expect(quotes.quotes[4_999]!.speaker).toBe('trump');
    const flat = seeds.map((s) => s.text).join(' ').replace(/[.!?\n]/gu, ' ').repeat(5);
    expect(buildArticle({ id: 'f', text: flat }).sentences).toHaveLength(1);
    // Both took minutes when speaker search was quadratic; the test's timeout is the guard.
  }, 30_000);
});

describe('analyze on any text (property tests)', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          'U.S.', 'Mr.', 'Trump', 'said', '“', '”', '"', '!!!', 'VERY', 'TOUGH', '\n', '\n\n', ' ', '—', '-', 'claimed',
          'President', 'Xi', 'Jinping', '.', ',', 'WASHINGTON (CP) –', '•', 'hot-button', '’s', 'former', 'Chinese',
          'leader', 'reportedly', 'According to', 'He', 'staggering', '?', '\r\n', '\t', 'é', '😀',
        ),
        { maxLength: 120 },
      )
      .map((parts) => parts.join(' ')),
  );

  it('never throws, keeps offsets in range and exact, and is deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        const first: Comparison = analyze([{ id: 'p', text: t }]);
        const second = analyze([{ id: 'p', text: t }]);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        expectExactOffsets(first.articles[0]!, t);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on several articles at once and keeps every article’s offsets exact', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const inputs = texts.map((t, i) => ({ id: `a${i}`, text: t }));
        const c = analyze(inputs);
        expect(c.articles.map((a) => a.id)).toEqual(inputs.map((i) => i.id));
        c.articles.forEach((a, i) => expectExactOffsets(a, texts[i]!));
        expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the allsides-2021 stories (40 × three outlets)', () => {
  it('has all 40 stories', () => {
    expect(stories).toHaveLength(40);
  });

  it('analyses every story without throwing, with exact offsets', () => {
    for (const folder of stories) {
      const inputs = story(folder);
      const c = analyze(inputs);
      expect(c.articles).toHaveLength(3);
      for (const [i, a] of c.articles.entries()) {
        expectExactOffsets(a, inputs[i]!.text);
        expect(a.headline?.text).toBe(inputs[i]!.text.split('\n')[0]!.trim());
        expect(a.sentences.length).toBeGreaterThan(1);
      }
    }
  });

  const marksOf = (prefix: string, side: string) => {
    const folder = stories.find((s) => s.startsWith(prefix))!;
    const c = analyze(story(folder));
    return c.articles.find((a) => a.id === side)!.highlights;
  };

  it('marks what a reader would mark', () => {
    expect(marksOf('5611', 'right').find((h) => h.text === 'Democrat President')?.category).toBe('label');
    expect(marksOf('5611', 'right').find((h) => h.text === 'far-left')?.category).toBe('loaded');
    expect(marksOf('5617', 'right').find((h) => h.text === 'admitted')?.attribution).toBe('wrongdoing');
    expect(marksOf('5617', 'center').some((h) => h.text === 'horse dewormer' && h.quoted)).toBe(true);
    expect(marksOf('5608', 'left').find((h) => h.text === 'esteemed')?.category).toBe('loaded');
    // "a so-called breakthrough infection" introduces a medical term; it disputes nothing
    expect(marksOf('5608', 'left').find((h) => h.text === 'so-called')).toBeUndefined();
  });

  it('does not mark plain reporting vocabulary as loaded', () => {
    const loaded = stories.flatMap((folder) =>
      analyze(story(folder)).articles.flatMap((a) => a.highlights.filter((h) => h.category === 'loaded').map((h) => h.text.toLowerCase())),
    );
    for (const plain of ['unemployment', 'deficit', 'killed', 'justice', 'like', 'support', 'growth', 'vaccine', 'denied']) {
      expect(loaded).not.toContain(plain);
    }
  });
});
