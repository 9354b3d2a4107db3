import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from './article';
import { compare } from './compare';
import { omissionThreshold } from './omissions';

const SEEDS = join(__dirname, '..', 'seeds');
const sentences = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => buildArticle({ id: f, text: readFileSync(join(SEEDS, f), 'utf8') }).sentences.filter((s) => !s.heading).map((s) => s.text));

describe('one fact table', () => {
  it('the matrix, the omissions, the told-in-part marks and the stories agree for any mix', { timeout: 60_000 }, () => {
    const article = fc.array(fc.integer({ min: 0, max: sentences.length - 1 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 7 }), (picks) => {
        const articles = picks.map((p, i) => buildArticle({ id: `a${i}`, text: p.map((k) => sentences[k]).join(' ') }));
        const r = compare(articles);
        const ids = articles.map((a) => a.id);
        expect(r.coverage.articleIds).toEqual(ids);
        expect(r.stories.flat().sort()).toEqual([...ids].sort());
        r.facts.forEach((f, i) => {
          const present = new Set(f.presentIn);
          expect(r.coverage.matrix[i]).toEqual(ids.map((id) => present.has(id)));
          // an article that leaves a fact out has one omission for it, or one box that stands for it, and no article
          // both carries and leaves it out
          const story = r.stories.find((s) => s.includes(f.presentIn[0]!))!;
          for (const id of ids) {
            const omitted = r.omissions[id]!.filter((o) => o.factId === f.id || o.covers?.includes(f.id)).length;
            expect(omitted).toBe(f.omittedBy?.includes(id) ? 1 : 0);
            const states = [present.has(id), f.omittedBy?.includes(id) ?? false, f.partialIn?.includes(id) ?? false].filter(Boolean);
            expect(states.length).toBeLessThanOrEqual(1);
            // a cell that says none of these means too few others carry the fact, unless the fact says why not
            if (!states.length && story.includes(id) && story.length > 1 && !f.uncounted) expect(f.presentIn.length).toBeLessThan(omissionThreshold(story.length));
          }
        });
        for (const id of ids) {
          for (const o of r.omissions[id]!) {
            const f = r.facts.find((x) => x.id === o.factId)!;
            expect(o.presentIn).toEqual(f.presentIn);
            expect(o.partialIn).toEqual(f.partialIn);
            expect(o.partialIn ?? []).not.toContain(id);
            // the others that report it are enough: carriers, and for a statement those that tell it in part too
            const threshold = omissionThreshold(r.stories.find((s) => s.includes(id))!.length);
            expect(f.presentIn.length + (f.kind === 'statement' ? (f.partialIn?.length ?? 0) : 0)).toBeGreaterThanOrEqual(threshold);
            // a box stands only for statements and quotes of the same story, and a statement's box for a person's role
            // too, never for its own fact
            for (const c of o.covers ?? []) {
              const covered = r.facts.find((x) => x.id === c)!;
              expect(o.kind === 'statement' ? ['statement', 'quote', 'person-role'] : ['statement', 'quote']).toContain(covered.kind);
              expect(c).not.toBe(o.factId);
              expect(covered.presentIn.every((p) => r.stories.find((s) => s.includes(id))!.includes(p))).toBe(true);
            }
            // only facts of the article's own story
            const story = r.stories.find((s) => s.includes(id))!;
            expect(f.presentIn.every((c) => story.includes(c))).toBe(true);
          }
          // an article alone in its story leaves out nothing
          if (r.stories.find((s) => s.includes(id))!.length === 1) expect(r.omissions[id]).toEqual([]);
        }
      }),
      { numRuns: 25 },
    );
  });
});
