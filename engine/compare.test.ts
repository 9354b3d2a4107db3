import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { compare } from './compare';

const SEEDS = join(__dirname, '..', 'seeds');
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const articles = files.map((f) => buildArticle({ id: f.slice(0, 3), text: readFileSync(join(SEEDS, f), 'utf8'), file: f }));
const result = compare(articles);
const omitted = (id: string) => result.omissions[id]!;
const CALL_LENGTH = /90-minute|one and a half hours|an hour and a half|hour-and-a-half/iu;

describe('compare on the seeds', () => {
  it('finds that seed 000 leaves out the negotiators, the starting rates, the chips and the visas', () => {
    const texts = omitted('000').map((o) => o.text);
    for (const name of ['Bessent', 'Lutnick', 'Greer']) expect(texts.some((t) => t.includes(name)), name).toBe(true);
    const values = omitted('000').map((o) => result.facts.find((f) => f.id === o.factId)!.value);
    expect(values).toContain('145%');
    expect(values).toContain('125%');
    expect(texts.some((t) => /chip/iu.test(t) && /student visas/iu.test(t))).toBe(true);
  });

  it('finds that seed 004 leaves out the $295 billion deficit', () => {
    const values = omitted('004').map((o) => result.facts.find((f) => f.id === o.factId)!.value);
    expect(values).toContain('$295 billion');
  });

  it('sees the call length in all five articles, each in its own words', () => {
    const length = result.facts.find((f) => f.value === '90 minutes')!;
    expect(length.presentIn).toEqual(['000', '001', '002', '003', '004']);
    for (const a of articles) {
      for (const o of omitted(a.id)) {
        expect(o.text, `${a.id} omits ${o.text}`).not.toMatch(CALL_LENGTH);
        expect(result.facts.find((f) => f.id === o.factId)!.value).not.toBe('90 minutes');
      }
    }
  });

  it('does not call a fact omitted where the article says it in other words', () => {
    // 004: "extended mutual invitations for state visits"; 003: "came at Trump's request" is not the
    // ministry's statement, but 003 does give the Geneva truce ("in May") that others date May 12
    const all = (id: string) => omitted(id).map((o) => o.text).join('\n');
    expect(all('004')).not.toMatch(/invitation for Trump and First Lady/u);
    expect(all('003')).not.toMatch(/May 12/u);
    // 004: "a temporary trade agreement reached in Geneva last month"
    expect(all('004')).not.toMatch(/May 12/u);
    expect(all('004')).not.toMatch(/from 145% to 30%/u);
    // 001 says the call was "positive" without quoting "very positive"
    expect(all('001')).not.toMatch(/very positive/u);
    // 000: "Both countries agreed to resume trade talks"; 004: "will lead renewed discussions with Chinese officials"
    expect(all('000')).not.toMatch(/teams would meet soon/u);
    expect(all('004')).not.toMatch(/teams would meet soon/u);
  });

  it('anchors each omission on a sentence of the omitting article', () => {
    for (const a of articles) {
      for (const o of omitted(a.id)) {
        expect(o.anchor.afterSentence).toBeGreaterThanOrEqual(-1);
        expect(o.anchor.afterSentence).toBeLessThan(a.sentences.length);
        expect(o.presentIn).not.toContain(a.id);
        // the others that report it: its carriers, and for a statement those that tell it in part too
        expect(o.presentIn.length + (o.kind === 'statement' ? (o.partialIn?.length ?? 0) : 0)).toBeGreaterThanOrEqual(2);
        expect(o.presentIn.length).toBeGreaterThanOrEqual(o.kind === 'statement' ? 1 : 2);
      }
    }
  });

  it('shows how each outlet words the ministry statement: claimed, confirmed, noted', () => {
    const ministry = result.alignments.find((al) =>
      al.members.some((m) => /foreign ministry (?:claimed|confirmed|noted)/iu.test(articles.find((a) => a.id === m.articleId)!.sentences[m.sentence]!.text)),
    )!;
    const word = (id: string) => ministry.differences.filter((d) => d.articleId === id).map((d) => d.text.toLowerCase());
    expect(word('000')).toContain('claimed');
    expect(word('001')).toContain('confirmed');
    expect(word('002')).toContain('noted');
    for (const d of ministry.differences) {
      const a = articles.find((x) => x.id === d.articleId)!;
      const text = readFileSync(join(SEEDS, a.file!), 'utf8');
      expect(text.slice(d.start, d.end)).toBe(d.text);
    }
    const classOf = (word: string) => ministry.differences.find((d) => d.text === word)!;
    expect(classOf('claimed')).toMatchObject({ category: 'attribution', attribution: 'doubt' });
    expect(classOf('confirmed')).toMatchObject({ category: 'attribution', attribution: 'endorse' });
    expect(classOf('noted').category).toBe('attribution');
    expect(classOf('claimed').reason).toBeTruthy();
  });

  it('reports the "former President" title and the "first since" disagreement', () => {
    const title = result.contradictions.find((c) => c.kind === 'title')!;
    expect(title.subject).toMatch(/Trump/u);
    expect(title.values.find((v) => v.articleId === '002')!.text).toMatch(/^former President/u);
    const ordinal = result.contradictions.find((c) => c.kind === 'ordinal')!;
    const texts = ordinal.values.map((v) => v.text).join(' | ');
    expect(texts).toMatch(/since January/u);
    expect(texts).toMatch(/since Trump left office/u);
  });

  it('finds no title disagreement where one article gives the title as it was then ("then-President")', () => {
    const texts = [
      'The mayor criticised the harbour deal struck under then-Governor Alma Reyes in 2015. The deal cost $4 million.',
      'The mayor criticised the harbour deal that Governor Alma Reyes struck in 2015. The deal cost $4 million.',
      'The mayor criticised the 2015 harbour deal of then-Governor Alma Reyes, which cost $4 million.',
    ];
    const r = compare(texts.map((text, i) => buildArticle({ id: `t${i}`, text })));
    expect(r.contradictions.filter((c) => c.kind === 'title')).toEqual([]);
    // nor where a word stands between "former" and the title ("her former port chairman")
    const words = [
      'The inquiry asked about former chairman Dana Brandt and the harbour deal on Friday.',
      'The inquiry asked about her former harbour chairman Dana Brandt and the harbour deal on Friday.',
    ];
    expect(compare(words.map((text, i) => buildArticle({ id: `w${i}`, text }))).contradictions.filter((c) => c.kind === 'title')).toEqual([]);
    // "former" against a present title still is one
    const f = compare([texts[1]!, texts[1]!.replace('Governor', 'former Governor')].map((text, i) => buildArticle({ id: `f${i}`, text })));
    expect(f.contradictions.filter((c) => c.kind === 'title')).toHaveLength(1);
  });

  it('fills the facts × articles matrix and coverage shares', () => {
    expect(result.coverage.articleIds).toEqual(['000', '001', '002', '003', '004']);
    expect(result.coverage.matrix.length).toBe(result.facts.length);
    result.facts.forEach((f, i) => {
      expect(result.coverage.matrix[i]!.filter(Boolean).length).toBe(f.presentIn.length);
      for (const [id, s] of Object.entries(f.sentences)) expect(s).toBeLessThan(articles.find((a) => a.id === id)!.sentences.length);
    });
    for (const share of Object.values(result.coverageShare)) expect(share).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('gives the same result for the same input', () => {
    expect(compare(articles)).toEqual(result);
  });
});

describe('compare at the edges', () => {
  it('handles no article, one article and empty texts', () => {
    expect(compare([])).toMatchObject({ facts: [], alignments: [], contradictions: [], omissions: {} });
    const one = compare([articles[0]!]);
    expect(one.omissions['000']).toEqual([]);
    expect(one.alignments).toEqual([]);
    const empty = compare([buildArticle({ id: 'e1', text: '' }), buildArticle({ id: 'e2', text: '   \n\n ' })]);
    expect(empty.facts).toEqual([]);
    expect(empty.coverageShare).toEqual({ e1: 0, e2: 0 });
  });

  it('follows the omission threshold', () => {
    const count = (threshold: number) =>
      Object.values(compare(articles, { omissionThreshold: threshold }).omissions).reduce((n, list) => n + list.length, 0);
    expect(count(1)).toBeGreaterThan(count(2));
    expect(count(2)).toBeGreaterThan(count(3));
    expect(count(5)).toBe(0);
    for (const list of Object.values(compare(articles, { omissionThreshold: 3 }).omissions)) {
      for (const o of list) {
        expect(o.presentIn.length + (o.kind === 'statement' ? (o.partialIn?.length ?? 0) : 0)).toBeGreaterThanOrEqual(3);
        expect(o.presentIn.length).toBeGreaterThanOrEqual(o.kind === 'statement' ? 1 : 3);
      }
    }
  });
});

describe('compare on shuffled seed sentences', () => {
  const pool = articles.flatMap((a) => a.sentences.filter((s) => !s.heading).map((s) => s.text));

  it('keeps its promises for any mix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(pool.length - 1), { minLength: 0, maxLength: 12 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (picks, threshold) => {
          const texts = picks.map((p) => p.map((i) => pool[i]!).join(' '));
          const models = texts.map((text, i) => buildArticle({ id: `m${i}`, text }));
          const c = compare(models, { omissionThreshold: threshold });
          for (const m of models) {
            for (const o of c.omissions[m.id]!) {
              expect(o.presentIn).not.toContain(m.id);
              // the others that report it: its carriers, and for a statement those that tell it in part too
              expect(o.presentIn.length + (o.kind === 'statement' ? (o.partialIn?.length ?? 0) : 0)).toBeGreaterThanOrEqual(threshold);
              expect(o.presentIn.length).toBeGreaterThanOrEqual(o.kind === 'statement' ? 1 : threshold);
              expect(o.anchor.afterSentence).toBeGreaterThanOrEqual(-1);
              expect(o.anchor.afterSentence).toBeLessThan(Math.max(1, m.sentences.length));
            }
          }
          for (const al of c.alignments) {
            for (const d of al.differences) expect(texts[Number(d.articleId.slice(1))]!.slice(d.start, d.end)).toBe(d.text);
          }
          for (const f of c.facts) for (const [id, s] of Object.entries(f.sentences)) expect(models.find((m) => m.id === id)!.sentences[s]).toBeDefined();
        },
      ),
      { numRuns: 40 },
    );
  });
});
