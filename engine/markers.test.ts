import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import type { Highlight } from './types';

const seedDir = new URL('../seeds/', import.meta.url);
const seed = (prefix: string) => {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix))!;
  return buildArticle({ id: prefix, text: readFileSync(new URL(file, seedDir), 'utf8') });
};
const marks = (text: string) => buildArticle({ id: 'x', text }).highlights;
const attributions = (text: string) => buildArticle({ id: 'x', text }).attributions ?? [];
const find = (hs: Highlight[], text: string) => hs.find((h) => h.text === text);

describe('framing marks on the seeds', () => {
  it('seed 000: "VERY TOUGH" is emphasis inside Trump’s quote; "claimed" casts doubt', () => {
    const hs = seed('000').highlights;
    const tough = find(hs, 'VERY TOUGH');
    expect(tough).toMatchObject({ category: 'emphasis', quoted: { speaker: 'donald-trump' } });
    expect(tough!.reason).toContain("Donald Trump's words, not the outlet's");
    expect(find(hs, '!!!')?.category).toBe('emphasis');
    expect(find(hs, 'claimed')).toMatchObject({ category: 'attribution', attribution: 'doubt' });
    expect(find(hs, 'claimed')!.quoted).toBeUndefined();
    expect(find(hs, 'claimed')!.reason).toBe("Attribution verb that casts doubt on the statement ('claimed')");
  });

  it('seed 000: sensational headline, intensifiers and an unnamed source', () => {
    const hs = seed('000').highlights;
    expect(find(hs, 'TRUMP')?.category).toBe('emphasis');
    expect(find(hs, '— Xi Responds Fast')?.category).toBe('headline');
    expect(find(hs, 'Bold')?.category).toBe('headline');
    expect(find(hs, 'staggering')?.category).toBe('intensifier');
    expect(find(hs, 'massive')?.category).toBe('intensifier');
    expect(find(hs, 'experts')).toMatchObject({ category: 'hedge' });
  });

  it('seed 001: "confirmed" endorses; seed 002: "noted" endorses and the plain title "former President" is no mark', () => {
    expect(find(seed('001').highlights, 'confirmed')).toMatchObject({ category: 'attribution', attribution: 'endorse' });
    const hs = seed('002').highlights;
    expect(find(hs, 'noted')).toMatchObject({ attribution: 'endorse' });
    expect(find(hs, 'former President')).toBeUndefined();
    expect(find(hs, 'slashed')?.category).toBe('loaded');
  });

  it('seed 002: title-case headline words are read as the modifiers they are, and ordinary praise is no mark', () => {
    const hs = seed('002').highlights;
    expect(find(hs, 'Positive')).toBeUndefined();
    expect(find(hs, 'Outreach')).toBeUndefined();
    const headline = buildArticle({ id: 'h', text: 'Trump’s Disastrous Outreach to China\n\nThe talks ended on Monday.' }).highlights;
    expect(find(headline, 'Disastrous')).toMatchObject({ category: 'loaded', start: 8 });
  });

  it('seed 003: hedges and loaded words', () => {
    const hs = seed('003').highlights;
    expect(find(hs, 'reportedly')?.reason).toContain('distances the outlet');
    expect(find(hs, 'hot-button')?.category).toBe('loaded');
    expect(find(hs, 'jittery')?.category).toBe('loaded');
  });

  it('marks never overlap and slice back to their text on every seed', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const a = seed(p);
      const text = readFileSync(new URL(readdirSync(seedDir).find((f) => f.startsWith(p))!, seedDir), 'utf8');
      let last = 0;
      for (const h of a.highlights) {
        expect(text.slice(h.start, h.end)).toBe(h.text);
        expect(h.start).toBeGreaterThanOrEqual(last);
        expect(h.reason.length).toBeGreaterThan(10);
        last = h.end;
      }
    }
  });
});

describe('framing marks on small texts', () => {
  it('classes attribution verbs; a neutral one is in the attribution view but no mark', () => {
    const text = 'Smith said it. Jones claimed it. Lee confirmed it. Kim admitted it. Park insisted it.';
    expect(attributions(text).map((h) => [h.text, h.attribution])[0]).toEqual(['said', 'neutral']);
    const hs = marks(text);
    expect(hs.filter((h) => h.category === 'attribution').map((h) => [h.text, h.attribution])).toEqual([
      ['claimed', 'doubt'],
      ['confirmed', 'endorse'],
      ['admitted', 'wrongdoing'],
      ['insisted', 'doubt'],
    ]);
  });

  it('does not take nouns or rulings for attribution', () => {
    const hs = marks('Weekly jobless claims fell. The judge denied the state’s request. He denied any wrongdoing.');
    expect(find(hs, 'claims')).toBeUndefined();
    // a denial of the accusation it names is the speech act itself: attribution, never a framing mark
    expect(hs.filter((h) => h.text === 'denied')).toEqual([]);
    const said = attributions('Weekly jobless claims fell. The judge denied the state’s request. He denied any wrongdoing.');
    expect(said.filter((h) => h.text === 'denied').map((h) => h.attribution)).toEqual(['neutral']);
  });

  it('marks words inside quotes as the speaker’s', () => {
    const hs = marks('“This is a disgusting, shameful disaster,” Senator Jane Doe said.');
    const shameful = find(hs, 'shameful')!;
    expect(shameful.category).toBe('loaded');
    expect(shameful.quoted).toEqual({ speaker: 'jane-doe' });
    expect(shameful.reason).toMatch(/Jane Doe's words, not the outlet's$/u);
    expect(find(attributions('“This is a disgusting, shameful disaster,” Senator Jane Doe said.'), 'said')!.quoted).toBeUndefined();
  });

  it('marks every hype word in a headline', () => {
    const hs = marks('Shocking Vote Stuns Capital in Stunning Upset\n\nThe vote was held on Monday.');
    expect(hs.filter((h) => h.category === 'headline').map((h) => h.text)).toEqual(['Shocking', 'Stunning']);
  });

  it('leaves plain reporting alone', () => {
    const hs = marks('The committee met on Tuesday and published its report on the budget.');
    expect(hs).toEqual([]);
  });

  it('finds capital runs but not acronyms', () => {
    const hs = marks('The FDA and the CDC met. Then he wrote THIS IS OUTRAGEOUS on the US plan.');
    expect(hs.filter((h) => h.category === 'emphasis').map((h) => h.text)).toEqual(['THIS IS OUTRAGEOUS']);
  });
});
